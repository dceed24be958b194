//! Operations: `/metrics` answers only to its token, in the format Prometheus reads, and
//! counts the requests per route with their latency.

use rocket::http::Header;

use crate::common::{helsinki, TestApp, DEMO_INSTANT};

const TOKEN: &str = "a-long-random-metrics-token";

fn scrape(app: &TestApp, authorization: Option<&str>) -> (u16, String, String) {
    let mut request = app.client.get("/metrics");
    if let Some(value) = authorization {
        request = request.header(Header::new("Authorization", value.to_owned()));
    }
    let response = request.dispatch();
    let status = response.status().code;
    let kind = response
        .content_type()
        .map(|c| c.to_string())
        .unwrap_or_default();
    (status, kind, response.into_string().unwrap_or_default())
}

#[test]
fn operations_metrics_answer_only_to_their_token() {
    let app = TestApp::metered(helsinki(DEMO_INSTANT), TOKEN);
    assert_eq!(scrape(&app, None).0, 404);
    assert_eq!(scrape(&app, Some("Bearer not-the-token")).0, 404);
    assert_eq!(scrape(&app, Some(TOKEN)).0, 404, "only as a bearer token");
    let (status, kind, _) = scrape(&app, Some(&format!("Bearer {TOKEN}")));
    assert_eq!(status, 200);
    assert!(kind.starts_with("application/openmetrics-text"), "{kind}");
    // Without a token set, there is nothing to find.
    let closed = TestApp::new();
    assert_eq!(scrape(&closed, Some(&format!("Bearer {TOKEN}"))).0, 404);
}

#[test]
fn operations_metrics_count_requests_per_route_with_their_latency() {
    let app = TestApp::metered(helsinki(DEMO_INSTANT), TOKEN);
    for _ in 0..3 {
        assert_eq!(app.client.get("/healthz").dispatch().status().code, 200);
    }
    assert_eq!(
        app.client.get("/no-such-page").dispatch().status().code,
        404
    );
    let (_, _, text) = scrape(&app, Some(&format!("Bearer {TOKEN}")));
    assert!(
        text.contains(
            "digikaveri_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 3"
        ),
        "{text}"
    );
    assert!(text.contains("route=\"unmatched\",status=\"404\"} 1"));
    assert!(text.contains(
        "digikaveri_http_request_duration_seconds_count{method=\"GET\",route=\"/healthz\"} 3"
    ));
    assert!(text.contains("digikaveri_mails{status=\"failed\"} 0"));
    assert!(text.contains("digikaveri_db_pool_connections"));
}
