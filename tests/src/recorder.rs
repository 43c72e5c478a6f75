//! A raw HTTP/1.1 server on 127.0.0.1 that records each request line's
//! target exactly as it arrived, and answers every request with the same
//! response on a kept-alive connection.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The server. It stops when dropped.
pub struct Recorder {
    addr: SocketAddr,
    targets: Arc<Mutex<Vec<String>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Recorder {
    /// Answers every request with `status` and the JSON `body`.
    pub async fn start(status: u16, body: &str) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let targets = Arc::new(Mutex::new(Vec::new()));
        let response: Arc<[u8]> = format!(
            "HTTP/1.1 {status} Answer\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes()
        .into();
        let for_task = targets.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, for_task.clone(), response.clone()));
            }
        });
        Recorder {
            addr,
            targets,
            task,
        }
    }

    /// The base URL (`http://127.0.0.1:PORT/api/v1`).
    pub fn url(&self) -> String {
        format!("http://{}/api/v1", self.addr)
    }

    /// Takes the request targets received so far, in order.
    pub fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.targets.lock().unwrap())
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Serves requests (heads only; these endpoints send no body) until the
/// client closes the connection.
async fn serve(mut stream: TcpStream, targets: Arc<Mutex<Vec<String>>>, response: Arc<[u8]>) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        while let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head: Vec<u8> = buf.drain(..end + 4).collect();
            let line = head.split(|&b| b == b'\r').next().unwrap_or_default();
            let line = String::from_utf8_lossy(line);
            let target = line.split(' ').nth(1).unwrap_or_default().to_owned();
            targets.lock().unwrap().push(target);
            if stream.write_all(&response).await.is_err() {
                return;
            }
        }
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}
