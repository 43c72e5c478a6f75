//! A walk through the Userplane API with the generated client.
//!
//! Without `USERPLANE_API_KEY` it starts the local mock on 127.0.0.1 and walks
//! through every part of the API, errors included. With a key it makes
//! read-only calls to the real API (`USERPLANE_BASE_URL` overrides where).
//!
//! ```sh
//! cargo run --example quickstart
//! ```

use std::error::Error as _;

use userplane::api::{CreateLinkError, GetLinkError, GetWorkspaceError};
use userplane::models::{CreateLinkBody, UpdateLinkBody};
use userplane::stream::TryStreamExt;
use userplane::{ApiError, Category, Client, Error};
use userplane_mock::{MockResponse, WORKSPACE};

type Result<T = (), E = Box<dyn std::error::Error>> = std::result::Result<T, E>;

#[tokio::main]
async fn main() -> Result {
    match std::env::var("USERPLANE_API_KEY") {
        Ok(key) if !key.trim().is_empty() => real_api(key.trim()).await,
        _ => mock_tour().await,
    }
}

/// What a caller would do for each documentation section of the errors.
fn advice(err: &ApiError) -> &'static str {
    match err.known_code().map(|c| c.category()) {
        Some(Category::Authentication) => "fix the API key (missing, invalid or expired)",
        Some(Category::Authorization) => "ask a workspace admin for access",
        Some(Category::RateLimiting) => "slow down and retry with backoff",
        Some(Category::Service) => "retry later with backoff",
        Some(Category::Resource) => "check the id: 404 never existed, 410 was deleted",
        Some(Category::Mutation) => "the change was not made; check limits, retry later",
        Some(Category::ApiKeyManagement) => "manage keys in the dashboard",
        None => "not a documented code: log the raw body",
    }
}

fn show(label: &str, err: &ApiError) {
    println!(
        "  {label:<34} {} {:<30} -> {}",
        err.status().as_u16(),
        err.code_str().unwrap_or("-"),
        advice(err)
    );
}

async fn mock_tour() -> Result {
    let mock = userplane_mock::start().await?;
    println!(
        "No USERPLANE_API_KEY set: serving the Userplane API from a local mock at {}\n",
        mock.base_url()
    );
    // Retries are shown on their own below; here every error surfaces at once.
    let client = Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .no_retries()
        .build()?;

    let me = client.get_me().await?;
    let stats = me.stats.unwrap_or_default();
    println!(
        "Signed in as {} <{}>: {} workspaces, {} links, {} recordings",
        me.user.name.as_deref().unwrap_or("?"),
        me.user.email.as_deref().unwrap_or("?"),
        stats.workspaces.unwrap_or(0),
        stats.links.unwrap_or(0),
        stats.recordings.unwrap_or(0)
    );

    println!("\nWorkspaces (every page, 5 at a time):");
    let workspaces: Vec<_> = client
        .list_workspaces()
        .include_workspace_membership(true)
        .per_page(5)
        .items()
        .try_collect()
        .await?;
    for w in &workspaces {
        let role = w
            .workspace_membership
            .as_ref()
            .and_then(|m| m.workspace_role.as_deref())
            .unwrap_or("?");
        println!(
            "  {:<10} {:<28} role: {role}",
            w.workspace_id,
            w.workspace_name.as_deref().unwrap_or("")
        );
    }

    let projects = client.list_projects(WORKSPACE).await?;
    println!(
        "\nProjects of {WORKSPACE}: page {} of {}, {} in all",
        projects.pagination.page, projects.pagination.total_pages, projects.pagination.total
    );
    for p in &projects.projects {
        println!(
            "  {:<12} {}",
            p.project_id,
            p.title.as_deref().unwrap_or("")
        );
    }

    println!("\nA link's life:");
    let created = client
        .create_link(WORKSPACE, CreateLinkBody::new("dom_acme".into()))
        .await?;
    let id = created.link.link_id.clone();
    println!(
        "  created  {id} at {}",
        created.link.link_url.as_deref().unwrap_or("?")
    );
    let fetched = client.get_link(WORKSPACE, &id).await?;
    println!(
        "  fetched  {id}: project {:?}",
        fetched.link.project.map(|p| p.project_id)
    );
    let update = UpdateLinkBody {
        link_title: Some("Checkout bug report".into()),
        ..Default::default()
    };
    let updated = client.update_link(WORKSPACE, &id, update).await?;
    println!(
        "  updated  {id}: title {:?}",
        updated.link.link_title.unwrap_or_default()
    );
    client.delete_link(WORKSPACE, &id).await?;
    println!("  deleted  {id}");

    println!("\n404 versus 410:");
    match client.get_link(WORKSPACE, &id).await {
        Err(Error::Api(GetLinkError::LinkGone(e))) => show("the deleted link", &e),
        other => println!("  unexpected: {other:?}"),
    }
    match client.get_link(WORKSPACE, "lnk_never_was").await {
        Err(Error::Api(GetLinkError::LinkNotFound(e))) => show("a link that never existed", &e),
        other => println!("  unexpected: {other:?}"),
    }

    println!("\nAn id that would reach another resource is never sent:");
    let before = mock.requests().len();
    match client.delete_link(WORKSPACE, "..").await {
        Err(Error::InvalidArgument(e)) => println!("  {e}"),
        other => println!("  unexpected: {other:?}"),
    }
    println!("  requests made: {}", mock.requests().len() - before);

    println!("\nRecordings, paged 10 at a time:");
    let mut pages = client.list_recordings(WORKSPACE).per_page(10).pages();
    let mut total = 0;
    while let Some(page) = pages.try_next().await? {
        total += page.recordings.len();
        println!(
            "  page {} of {}: {} recordings (has more: {})",
            page.pagination.page,
            page.pagination.total_pages,
            page.recordings.len(),
            page.pagination.has_more
        );
    }
    println!("  {total} recordings in all");

    println!("\nEach kind of error, and what to do about it:");
    let stranger = Client::builder()
        .base_url(mock.base_url())
        .api_key("uspl_not_a_real_key")
        .no_retries()
        .build()?;
    if let Err(Error::Api(e)) = stranger.get_me().await {
        show("authentication: unknown key", e.api_error());
    }
    match client.get_workspace("ws_other").await {
        Err(Error::Api(GetWorkspaceError::NotAMember(e))) => {
            show("authorization: not a member", &e)
        }
        other => println!("  unexpected: {other:?}"),
    }
    mock.enqueue("list_links", MockResponse::error("RATE_LIMITED"));
    if let Err(Error::Api(e)) = client.list_links(WORKSPACE).await {
        show("rate limiting", e.api_error());
    }
    mock.enqueue("get_me", MockResponse::error("SERVICE_UNAVAILABLE"));
    if let Err(Error::Api(e)) = client.get_me().await {
        show("service", e.api_error());
    }
    match client.get_recording(WORKSPACE, "rec_deleted").await {
        Err(Error::Api(e)) => show("resource: deleted recording", e.api_error()),
        other => println!("  unexpected: {other:?}"),
    }
    match client
        .create_link("ws_full", CreateLinkBody::new("dom_acme".into()))
        .await
    {
        Err(Error::Api(CreateLinkError::PlanLimitExceeded(e))) => show("mutation: plan limit", &e),
        other => println!("  unexpected: {other:?}"),
    }
    mock.enqueue(
        "list_projects",
        MockResponse::raw(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>"),
    );
    if let Err(Error::Api(e)) = client.list_projects(WORKSPACE).await {
        show("a proxy's HTML error page", e.api_error());
        println!("    {}", e.api_error());
    }
    println!(
        "  (API key management errors belong to session-authenticated endpoints the API does not document.)"
    );

    println!("\nRetries (the default policy: 429 and 5xx, backoff, Retry-After honoured):");
    let patient = Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .build()?;
    let before = mock.request_count("get_me");
    mock.enqueue(
        "get_me",
        MockResponse::error("RATE_LIMITED").header("retry-after", "1"),
    );
    mock.enqueue(
        "get_me",
        MockResponse::error("SERVICE_UNAVAILABLE").header("retry-after", "0"),
    );
    let started = std::time::Instant::now();
    patient.get_me().await?;
    println!(
        "  get_me answered 429 (Retry-After: 1), then 503 (Retry-After: 0), then 200: {} requests in {:.1} s",
        mock.request_count("get_me") - before,
        started.elapsed().as_secs_f64()
    );
    let before = mock.request_count("create_link");
    mock.enqueue("create_link", MockResponse::error("LINK_CREATE_FAILED"));
    let result = patient
        .create_link(WORKSPACE, CreateLinkBody::new("dom_acme".into()))
        .await;
    println!(
        "  create_link answered 500: {} request, not retried, since a POST may have had an effect",
        mock.request_count("create_link") - before
    );
    if let Err(e) = result {
        println!("    {e}");
    }
    Ok(())
}

async fn real_api(key: &str) -> Result {
    let mut builder = Client::builder().api_key(key);
    if let Ok(url) = std::env::var("USERPLANE_BASE_URL") {
        builder = builder.base_url(url);
    }
    let client = builder.build()?;
    println!("Calling {} (read-only)\n", client.transport().base_url());
    let outcome: Result<(), Error<ApiError>> = async {
        let me = client.get_me().await.map_err(Error::into_generic)?;
        println!(
            "Signed in as {}",
            me.user.name.as_deref().unwrap_or(&me.user.id)
        );
        let workspaces = client
            .list_workspaces()
            .await
            .map_err(Error::into_generic)?;
        for w in &workspaces.workspaces {
            println!(
                "Workspace {} ({})",
                w.workspace_name.as_deref().unwrap_or("?"),
                w.workspace_id
            );
            let links = client
                .list_links(&w.workspace_id)
                .per_page(5)
                .await
                .map_err(Error::into_generic)?;
            println!(
                "  {} links, showing {}",
                links.pagination.total,
                links.links.len()
            );
            for l in &links.links {
                println!("    {} {}", l.link_id, l.link_url.as_deref().unwrap_or(""));
            }
            let recordings = client
                .list_recordings(&w.workspace_id)
                .per_page(5)
                .await
                .map_err(Error::into_generic)?;
            println!("  {} recordings", recordings.pagination.total);
        }
        Ok(())
    }
    .await;
    if let Err(e) = outcome {
        eprintln!("error: {e}");
        if let Some(api) = e.api_error() {
            eprintln!("hint: {}", advice(api));
        }
        let mut source = e.source();
        while let Some(s) = source {
            eprintln!("  caused by: {s}");
            source = s.source();
        }
        std::process::exit(1);
    }
    Ok(())
}
