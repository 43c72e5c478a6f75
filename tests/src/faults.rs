//! A raw HTTP/1.1 server on 127.0.0.1 that misbehaves on cue: resets
//! connections, closes mid-body, answers slowly, or sends any bytes.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the server does with one request.
#[derive(Clone, Debug)]
pub enum Fault {
    /// A complete response.
    Respond {
        /// The status.
        status: u16,
        /// Extra headers.
        headers: Vec<(String, String)>,
        /// The body.
        body: Vec<u8>,
    },
    /// Reads the request, then resets the connection (TCP RST).
    Reset,
    /// Sends the head promising `declared` bytes, sends `partial`, closes.
    CloseMidBody {
        /// The status.
        status: u16,
        /// The declared `Content-Length`.
        declared: usize,
        /// What is actually sent.
        partial: Vec<u8>,
    },
    /// Waits, then does the inner fault.
    Slow(Duration, Box<Fault>),
}

impl Fault {
    /// A JSON response.
    pub fn json(status: u16, body: &str) -> Self {
        Fault::Respond {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.as_bytes().to_vec(),
        }
    }

    /// The Userplane error body for `code`.
    pub fn error(status: u16, code: &str, message: &str) -> Self {
        Fault::json(
            status,
            &format!(r#"{{"error":"{code}","message":"{message}"}}"#),
        )
    }

    /// Adds a header to a `Respond`.
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        if let Fault::Respond { headers, .. } = &mut self {
            headers.push((name.into(), value.into()));
        }
        self
    }
}

struct Shared {
    script: Mutex<VecDeque<Fault>>,
    fallback: Fault,
    requests: AtomicUsize,
    log: Mutex<Vec<String>>,
}

/// The server. It stops when dropped.
pub struct FaultServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl FaultServer {
    /// Serves `script` in order, then `fallback` for every later request.
    pub async fn start(script: Vec<Fault>, fallback: Fault) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared {
            script: Mutex::new(script.into()),
            fallback,
            requests: AtomicUsize::new(0),
            log: Mutex::new(Vec::new()),
        });
        let for_task = shared.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, for_task.clone()));
            }
        });
        FaultServer { addr, shared, task }
    }

    /// The base URL (`http://127.0.0.1:PORT/api/v1`).
    pub fn url(&self) -> String {
        format!("http://{}/api/v1", self.addr)
    }

    /// How many requests arrived.
    pub fn requests(&self) -> usize {
        self.shared.requests.load(Ordering::SeqCst)
    }

    /// The request lines and headers received, one string per request.
    pub fn log(&self) -> Vec<String> {
        self.shared.log.lock().unwrap().clone()
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Reads one request (head and `Content-Length` body); `None` at EOF.
async fn read_request(stream: &mut TcpStream) -> Option<String> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1024];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = stream.read(&mut byte).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&byte[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let length = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = stream.read(&mut byte).await.ok()?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&byte[..n]);
    }
    Some(head)
}

async fn serve(mut stream: TcpStream, shared: Arc<Shared>) {
    let Some(head) = read_request(&mut stream).await else {
        return;
    };
    shared.requests.fetch_add(1, Ordering::SeqCst);
    shared.log.lock().unwrap().push(head);
    let fault = shared
        .script
        .lock()
        .unwrap()
        .pop_front()
        .unwrap_or_else(|| shared.fallback.clone());
    act(&mut stream, fault).await;
}

fn reason(status: u16) -> &'static str {
    http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Unknown")
}

async fn act(stream: &mut TcpStream, fault: Fault) {
    let mut fault = fault;
    while let Fault::Slow(delay, inner) = fault {
        tokio::time::sleep(delay).await;
        fault = *inner;
    }
    match fault {
        Fault::Respond {
            status,
            headers,
            body,
        } => {
            let mut head = format!(
                "HTTP/1.1 {status} {}\r\ncontent-length: {}\r\nconnection: close\r\n",
                reason(status),
                body.len()
            );
            for (k, v) in headers {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.write_all(&body).await;
            let _ = stream.shutdown().await;
        }
        Fault::Reset => {
            let _ = stream.set_zero_linger();
        }
        Fault::CloseMidBody {
            status,
            declared,
            partial,
        } => {
            let head = format!(
                "HTTP/1.1 {status} {}\r\ncontent-type: application/json\r\ncontent-length: {declared}\r\nconnection: close\r\n\r\n",
                reason(status)
            );
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.write_all(&partial).await;
            let _ = stream.flush().await;
            let _ = stream.set_zero_linger();
        }
        Fault::Slow(..) => {}
    }
}
