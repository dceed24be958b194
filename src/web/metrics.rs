//! `/metrics` for the operators, in the OpenMetrics text format that Prometheus reads, through
//! `prometheus-client`: requests and their latency per route (counted by a fairing), and at
//! each scrape the people waiting per site, this server's open event streams, the pool's
//! connections and the mails waiting and failed. It answers only to the bearer token of
//! `METRICS_TOKEN`; without one set there is no `/metrics` (404). Labels name routes and
//! sites' public codes, never a person.

use std::time::Instant;

use prometheus_client::encoding::text::encode;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::{ContentType, Status};
use rocket::request::{FromRequest, Outcome};
use rocket::{Build, Data, Request, Response, Rocket, State};

use crate::config::Config;
use crate::db::Db;
use crate::error::Error;
use crate::queue::live::Live;
use crate::tokens::same_secret;
use crate::{queue, reminders};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct SiteLabels {
    site: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct MailLabels {
    status: &'static str,
}

/// From 1 ms to about 16 s.
fn latency_buckets() -> Histogram {
    Histogram::new(exponential_buckets(0.001, 2.0, 15))
}

/// The registry and the families this server fills.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
    waiting: Family<SiteLabels, Gauge>,
    watchers: Gauge,
    pool_open: Gauge,
    pool_idle: Gauge,
    mails: Family<MailLabels, Gauge>,
}

impl Metrics {
    fn new() -> Metrics {
        let mut registry = Registry::with_prefix("digikaveri");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register("http_requests", "Requests answered", requests.clone());
        let latency = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            latency_buckets,
        );
        registry.register(
            "http_request_duration_seconds",
            "Time from a request's arrival to its answer",
            latency.clone(),
        );
        let waiting = Family::<SiteLabels, Gauge>::default();
        registry.register(
            "people_waiting",
            "People waiting in a site's queue",
            waiting.clone(),
        );
        let watchers = Gauge::default();
        registry.register(
            "live_connections",
            "Event streams open on this server",
            watchers.clone(),
        );
        let pool_open = Gauge::default();
        registry.register(
            "db_pool_connections",
            "Database connections this server holds",
            pool_open.clone(),
        );
        let pool_idle = Gauge::default();
        registry.register(
            "db_pool_idle_connections",
            "Of them, the idle ones",
            pool_idle.clone(),
        );
        let mails = Family::<MailLabels, Gauge>::default();
        registry.register("mails", "Mails in the outbox not yet sent", mails.clone());
        Metrics {
            registry,
            requests,
            latency,
            waiting,
            watchers,
            pool_open,
            pool_idle,
            mails,
        }
    }

    /// The text of one scrape, with the gauges read now.
    fn scrape(&self, state: Snapshot) -> Result<String, Error> {
        self.waiting.clear();
        for (site, people) in state.waiting {
            self.waiting.get_or_create(&SiteLabels { site }).set(people);
        }
        self.watchers.set(state.watchers as i64);
        self.pool_open.set(i64::from(state.pool.0));
        self.pool_idle.set(i64::from(state.pool.1));
        let (pending, failed) = state.mails;
        self.mails
            .get_or_create(&MailLabels { status: "pending" })
            .set(pending);
        self.mails
            .get_or_create(&MailLabels { status: "failed" })
            .set(failed);
        let mut text = String::new();
        encode(&mut text, &self.registry)
            .map_err(|e| Error::Config(format!("writing the metrics failed: {e}")))?;
        Ok(text)
    }
}

/// What the gauges show, read at the scrape.
struct Snapshot {
    waiting: Vec<(String, i64)>,
    watchers: usize,
    pool: (u32, u32),
    mails: (i64, i64),
}

/// When a request arrived, kept in its local cache. A duration is measured with the
/// monotonic timer; no rule reads it, so it is not the app's clock.
struct Arrived(Instant);

/// Counts every answer and its latency per route.
pub struct RequestMetrics;

#[rocket::async_trait]
impl Fairing for RequestMetrics {
    fn info(&self) -> Info {
        Info {
            name: "request metrics",
            kind: Kind::Ignite | Kind::Request | Kind::Response,
        }
    }

    async fn on_ignite(&self, rocket: Rocket<Build>) -> rocket::fairing::Result {
        Ok(rocket.manage(Metrics::new()))
    }

    async fn on_request(&self, request: &mut Request<'_>, _: &mut Data<'_>) {
        request.local_cache(|| Arrived(Instant::now()));
    }

    async fn on_response<'r>(&self, request: &'r Request<'_>, response: &mut Response<'r>) {
        let Some(metrics) = request.rocket().state::<Metrics>() else {
            return;
        };
        let route = request
            .route()
            .map(|r| r.uri.origin.path().as_str().to_owned())
            .unwrap_or_else(|| "unmatched".to_owned());
        let method = request.method().as_str().to_owned();
        let seconds = request
            .local_cache(|| Arrived(Instant::now()))
            .0
            .elapsed()
            .as_secs_f64();
        metrics
            .latency
            .get_or_create(&RouteLabels {
                method: method.clone(),
                route: route.clone(),
            })
            .observe(seconds);
        metrics
            .requests
            .get_or_create(&RequestLabels {
                method,
                route,
                status: response.status().code,
            })
            .inc();
    }
}

/// A scraper with the configured token; anyone else finds nothing here.
pub struct MetricsReader;

#[rocket::async_trait]
impl<'r> FromRequest<'r> for MetricsReader {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        let expected = request
            .rocket()
            .state::<Config>()
            .and_then(|c| c.metrics_token.clone());
        let given = request
            .headers()
            .get_one("Authorization")
            .and_then(|h| h.strip_prefix("Bearer "));
        match (expected, given) {
            (Some(expected), Some(given)) if same_secret(&expected, given.trim()) => {
                Outcome::Success(MetricsReader)
            }
            _ => Outcome::Error((Status::NotFound, ())),
        }
    }
}

#[rocket::get("/metrics")]
pub async fn metrics(
    _reader: MetricsReader,
    metrics: &State<Metrics>,
    live: &State<Live>,
    db: &State<Db>,
) -> Result<(ContentType, String), Error> {
    let (waiting, mails) = db
        .run(|conn| {
            Ok::<_, Error>((
                queue::waiting_per_site(conn)?,
                reminders::outbox_counts(conn)?,
            ))
        })
        .await?;
    let text = metrics.scrape(Snapshot {
        waiting,
        watchers: live.watchers(),
        pool: db.pool_use(),
        mails,
    })?;
    let openmetrics = ContentType::new("application", "openmetrics-text")
        .with_params([("version", "1.0.0"), ("charset", "utf-8")]);
    Ok((openmetrics, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_a_scrape_shows_each_gauge_and_forgets_a_site_nobody_waits_at() {
        let metrics = Metrics::new();
        let snapshot = |waiting: Vec<(String, i64)>| Snapshot {
            waiting,
            watchers: 7,
            pool: (4, 1),
            mails: (2, 1),
        };
        let text = metrics
            .scrape(snapshot(vec![("OLARI".into(), 3), ("LEPPA".into(), 1)]))
            .unwrap();
        assert!(
            text.contains("digikaveri_people_waiting{site=\"OLARI\"} 3"),
            "{text}"
        );
        assert!(text.contains("digikaveri_live_connections 7"));
        assert!(text.contains("digikaveri_db_pool_connections 4"));
        assert!(text.contains("digikaveri_db_pool_idle_connections 1"));
        assert!(text.contains("digikaveri_mails{status=\"pending\"} 2"));
        assert!(text.contains("digikaveri_mails{status=\"failed\"} 1"));
        assert!(text.ends_with("# EOF\n"));
        let later = metrics.scrape(snapshot(vec![("OLARI".into(), 2)])).unwrap();
        assert!(later.contains("digikaveri_people_waiting{site=\"OLARI\"} 2"));
        assert!(!later.contains("LEPPA"), "{later}");
    }
}
