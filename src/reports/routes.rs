//! The reports pages and their CSV exports. Both are made from one typed table model
//! (`Table`), so the page, the CSV and the charts' tables show the same figures, and small
//! counts through `Count::shown` everywhere.

use std::io::Cursor;

use chrono::NaiveDate;
use fluent_templates::fluent_bundle::FluentValue;
use rocket::http::{ContentType, Status};
use rocket::response::{self, Responder};
use rocket::{Request, Response, State};
use serde::Serialize;

use super::queries::{self, SiteRow};
use super::{
    People, Period, PeriodProblem, Report, Scope, Shown, Summary, Unserved, WaitBand, STATUSES,
};
use crate::auth::sessions::CurrentUser;
use crate::clock::iso_week_name;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::{format_month, format_month_alone, language_name, Locale, MessageId};
use crate::languages;
use crate::msg;
use crate::reports::count::Breakdown;
use crate::users::Role;
use crate::web::forms::{Answer, FieldErrors};
use crate::web::guards::actor;
use crate::web::{charts, labels, Now, PageCtx};

/// The page's and the export's query: dates as typed, the site and (for admins) organisation.
#[derive(rocket::FromForm, Default, Clone)]
pub struct ReportQuery {
    pub from: Option<String>,
    pub to: Option<String>,
    pub site: Option<i32>,
    pub organisation: Option<i32>,
}

/// One value of a table, typed until it is written for a page or a file.
#[derive(Debug, Clone, Copy)]
enum Value {
    Count(Shown),
    /// Not about people helped: shown as it is.
    Number(i64),
    Hours(f64),
    Minutes(Option<i32>),
    Mean(Option<f64>),
}

struct Line {
    label: String,
    values: Vec<Value>,
    /// The table's total, which its chart leaves out.
    total: bool,
}

/// How a table is also drawn on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Chart {
    /// Bars over the lines in their order (months, weeks, bands of waiting), named on the
    /// axis by `axis` when the lines' own names are too long for it.
    Columns { axis: Option<Vec<String>> },
    /// A pair of bars per line from its two values (people asking, volunteer hours), named
    /// on the axis by `axis`.
    Pairs { axis: Vec<String> },
}

/// A table of a report: its caption, the names of its value columns, its lines, its chart.
struct Table {
    caption: MessageId,
    columns: Vec<MessageId>,
    lines: Vec<Line>,
    chart: Option<Chart>,
}

impl Table {
    fn drawn(self, chart: Chart, when: bool) -> Table {
        Table {
            chart: when.then_some(chart),
            ..self
        }
    }
}

fn count_cell(locale: Locale, shown: Shown) -> String {
    match shown {
        Shown::Exact(n) => number(locale, n as f64),
        Shown::Few => locale.text(msg!("reports-few")),
        Shown::About(n) => locale.message(msg!("reports-about"), &[("n", FluentValue::from(n))]),
    }
}

fn number(locale: Locale, n: f64) -> String {
    locale.message(
        msg!("reports-number"),
        &[("n", FluentValue::from((n * 10.0).round() / 10.0))],
    )
}

/// A value for the page, in the reader's number format.
fn on_page(locale: Locale, value: Value) -> String {
    match value {
        Value::Count(shown) => count_cell(locale, shown),
        Value::Number(n) => number(locale, n as f64),
        Value::Hours(h) => number(locale, h),
        Value::Minutes(Some(m)) => number(locale, f64::from(m)),
        Value::Mean(Some(m)) => number(locale, m),
        Value::Minutes(None) | Value::Mean(None) => locale.text(msg!("reports-too-few")),
    }
}

/// A value for the CSV: plain digits a spreadsheet reads, the small cells as "< 5".
fn in_file(locale: Locale, value: Value) -> String {
    match value {
        Value::Count(Shown::Exact(n)) | Value::Number(n) => n.to_string(),
        Value::Count(other) => count_cell(locale, other),
        Value::Hours(h) | Value::Mean(Some(h)) => format!("{:.1}", h),
        Value::Minutes(Some(m)) => m.to_string(),
        Value::Minutes(None) | Value::Mean(None) => locale.text(msg!("reports-too-few")),
    }
}

fn counted<K>(
    caption: MessageId,
    breakdown: &Breakdown<K>,
    label: impl Fn(&K) -> String,
    locale: Locale,
) -> Table {
    let mut lines: Vec<Line> = breakdown
        .cells
        .iter()
        .map(|c| Line {
            label: label(&c.key),
            values: vec![Value::Count(c.count.shown())],
            total: false,
        })
        .collect();
    lines.push(Line {
        label: locale.text(msg!("reports-total")),
        values: vec![Value::Count(breakdown.total_shown())],
        total: true,
    });
    Table {
        caption,
        columns: vec![msg!("reports-column-count")],
        lines,
        chart: None,
    }
}

fn line(locale: Locale, label: MessageId, value: Value) -> Line {
    Line {
        label: locale.text(label),
        values: vec![value],
        total: false,
    }
}

fn sessions_line(locale: Locale, p: &People) -> Line {
    line(
        locale,
        msg!("reports-sessions"),
        Value::Count(p.sessions_shown()),
    )
}

fn people_line(locale: Locale, p: &People) -> Line {
    line(
        locale,
        msg!("reports-people"),
        Value::Count(p.people.shown()),
    )
}

fn language(locale: Locale, code: &str) -> String {
    match languages::find(code) {
        Some(l) => language_name(locale, l).text(),
        None => code.to_owned(),
    }
}

/// A language's name for a chart's axis: in the reader's language only, where it has one.
fn short_language(locale: Locale, code: &str) -> String {
    match languages::find(code) {
        Some(l) => {
            let name = language_name(locale, l);
            name.name.unwrap_or(name.endonym).to_owned()
        }
        None => code.to_owned(),
    }
}

fn yes_no(locale: Locale, yes: bool) -> String {
    locale.text(if yes {
        msg!("feedback-yes")
    } else {
        msg!("feedback-no")
    })
}

fn unserved_label(u: Unserved) -> MessageId {
    match u {
        Unserved::LeftQueue => msg!("reports-unserved-left"),
        Unserved::NotReached => msg!("reports-unserved-not-reached"),
        Unserved::NoLanguage => msg!("unserved-no-language"),
        Unserved::NoTime => msg!("unserved-no-time"),
        Unserved::NeedsAuthority => msg!("unserved-needs-authority"),
    }
}

fn band_label(b: WaitBand) -> MessageId {
    match b {
        WaitBand::Under10 => msg!("reports-wait-under-10"),
        WaitBand::Under20 => msg!("reports-wait-under-20"),
        WaitBand::Under30 => msg!("reports-wait-under-30"),
        WaitBand::Under60 => msg!("reports-wait-under-60"),
        WaitBand::Hour => msg!("reports-wait-hour"),
    }
}

/// Weekly bars are drawn for a period of up to about a quarter; beyond that, the months'.
const WEEKS_DRAWN: usize = 14;

fn people_tables(locale: Locale, s: &Summary, sites: &[SiteRow]) -> Vec<Table> {
    let p = &s.people;
    let site_name = |id: &i32| {
        sites
            .iter()
            .find(|site| site.id == *id)
            .map(|site| site.name.clone())
            .unwrap_or_default()
    };
    vec![
        Table {
            caption: msg!("reports-people-totals"),
            chart: None,
            columns: vec![msg!("reports-column-count")],
            lines: vec![
                sessions_line(locale, p),
                people_line(locale, p),
                line(
                    locale,
                    msg!("reports-answers"),
                    Value::Count(p.answers().shown()),
                ),
            ],
        },
        counted(msg!("reports-by-site"), &p.by_site, site_name, locale),
        counted(
            msg!("reports-by-month"),
            &p.by_month,
            |m| format_month(locale, *m),
            locale,
        )
        .drawn(
            Chart::Columns {
                axis: Some(
                    p.by_month
                        .cells
                        .iter()
                        .map(|c| format_month_alone(locale, c.key))
                        .collect(),
                ),
            },
            p.by_month.cells.len() > 1 && p.by_month.total().0 > 0,
        ),
        counted(
            msg!("reports-by-week"),
            &p.by_week,
            |w| iso_week_name(*w),
            locale,
        )
        .drawn(
            Chart::Columns { axis: None },
            (2..=WEEKS_DRAWN).contains(&p.by_week.cells.len()) && p.by_week.total().0 > 0,
        ),
        counted(
            msg!("reports-by-language"),
            &p.by_language,
            |l| language(locale, l),
            locale,
        ),
        counted(
            msg!("reports-by-topic"),
            &p.by_topic,
            |t| locale.text(labels::topic(t)),
            locale,
        ),
        counted(
            msg!("reports-by-outcome"),
            &p.by_outcome,
            |o| locale.text(labels::outcome(*o)),
            locale,
        ),
        counted(
            msg!("reports-first-visits"),
            &p.first_visits,
            |f| yes_no(locale, *f),
            locale,
        ),
        counted(
            msg!("reports-referrals"),
            &p.referrals,
            |r| locale.text(labels::referral(*r)),
            locale,
        ),
        counted(
            msg!("feedback-how-was-it"),
            &p.faces,
            |f| locale.text(labels::face(*f)),
            locale,
        ),
        counted(
            msg!("feedback-next-time"),
            &p.next_time,
            |n| locale.text(labels::next_time(*n)),
            locale,
        ),
        counted(
            msg!("feedback-come-again"),
            &p.come_again,
            |c| yes_no(locale, *c),
            locale,
        ),
    ]
}

fn queue_tables(locale: Locale, s: &Summary) -> Vec<Table> {
    let q = &s.queue;
    vec![
        Table {
            caption: msg!("reports-queue-totals"),
            chart: None,
            columns: vec![msg!("reports-column-value")],
            lines: vec![
                line(locale, msg!("reports-taken"), Value::Count(q.taken.shown())),
                line(
                    locale,
                    msg!("reports-served"),
                    Value::Count(q.served.shown()),
                ),
                line(
                    locale,
                    msg!("reports-wait-median"),
                    Value::Minutes(q.median_wait),
                ),
                line(locale, msg!("reports-wait-p90"), Value::Minutes(q.wait_p90)),
            ],
        },
        counted(
            msg!("reports-unserved"),
            &q.unserved,
            |u| locale.text(unserved_label(*u)),
            locale,
        ),
        counted(
            msg!("reports-waits"),
            &q.waits,
            |b| locale.text(band_label(*b)),
            locale,
        )
        .drawn(Chart::Columns { axis: None }, q.waits.total().0 > 0),
        Table {
            caption: msg!("reports-demand"),
            columns: vec![msg!("reports-column-asked"), msg!("reports-column-hours")],
            lines: q
                .demand
                .iter()
                .map(|d| Line {
                    label: language(locale, &d.language),
                    values: vec![Value::Count(d.asked.shown()), Value::Hours(d.hours)],
                    total: false,
                })
                .collect(),
            chart: Some(Chart::Pairs {
                axis: q
                    .demand
                    .iter()
                    .map(|d| short_language(locale, &d.language))
                    .collect(),
            }),
        },
    ]
}

fn volunteer_tables(locale: Locale, s: &Summary) -> Vec<Table> {
    let v = &s.volunteers;
    vec![
        counted(
            msg!("reports-by-status"),
            &v.by_status.clone().with_keys(&STATUSES),
            |st| locale.text(labels::status(*st)),
            locale,
        ),
        Table {
            caption: msg!("reports-volunteer-totals"),
            chart: None,
            columns: vec![msg!("reports-column-value")],
            lines: vec![
                line(locale, msg!("reports-new"), Value::Count(v.new.shown())),
                line(locale, msg!("reports-left"), Value::Count(v.left.shown())),
                line(
                    locale,
                    msg!("reports-on-duty"),
                    Value::Count(v.on_duty.shown()),
                ),
                line(locale, msg!("reports-shifts"), Value::Number(v.shifts)),
                line(locale, msg!("reports-places"), Value::Number(v.places)),
                line(locale, msg!("reports-filled"), Value::Number(v.filled)),
                line(locale, msg!("reports-hours"), Value::Hours(v.hours)),
                line(
                    locale,
                    msg!("reports-trainings"),
                    Value::Number(v.trainings),
                ),
                line(
                    locale,
                    msg!("reports-completions"),
                    Value::Count(v.completions.shown()),
                ),
                line(
                    locale,
                    msg!("reports-ratings"),
                    Value::Count(v.ratings.shown()),
                ),
                line(
                    locale,
                    msg!("reports-satisfaction"),
                    Value::Mean(v.satisfaction),
                ),
                line(
                    locale,
                    msg!("reports-usefulness"),
                    Value::Mean(v.usefulness),
                ),
            ],
        },
        counted(
            msg!("reports-levels-gained"),
            &v.levels_gained,
            |a| locale.text(labels::skill_area(a)),
            locale,
        ),
    ]
}

/// The ESF-style page: the participants (volunteers) first, then the people they helped.
fn summary_tables(locale: Locale, s: &Summary) -> Vec<Table> {
    let v = &s.volunteers;
    let p = &s.people;
    let on_their_own = p
        .by_outcome
        .cells
        .iter()
        .find(|c| c.key == crate::help_sessions::Outcome::OnTheirOwn)
        .map(|c| c.count)
        .unwrap_or_default();
    let first = p
        .first_visits
        .cells
        .iter()
        .find(|c| c.key)
        .map(|c| c.count)
        .unwrap_or_default();
    vec![
        Table {
            caption: msg!("reports-summary-participants"),
            chart: None,
            columns: vec![msg!("reports-column-value")],
            lines: vec![
                line(
                    locale,
                    msg!("reports-on-duty"),
                    Value::Count(v.on_duty.shown()),
                ),
                line(locale, msg!("reports-new"), Value::Count(v.new.shown())),
                line(locale, msg!("reports-hours"), Value::Hours(v.hours)),
                line(
                    locale,
                    msg!("reports-completions"),
                    Value::Count(v.completions.shown()),
                ),
                line(
                    locale,
                    msg!("reports-levels-gained"),
                    Value::Count(v.levels_gained.total_shown()),
                ),
            ],
        },
        Table {
            caption: msg!("reports-summary-helped"),
            chart: None,
            columns: vec![msg!("reports-column-value")],
            lines: vec![
                sessions_line(locale, p),
                people_line(locale, p),
                line(
                    locale,
                    msg!("reports-first-visits"),
                    Value::Count(first.shown()),
                ),
                line(
                    locale,
                    msg!("reports-on-their-own"),
                    Value::Count(on_their_own.shown()),
                ),
                line(
                    locale,
                    msg!("reports-referrals"),
                    Value::Count(p.referrals.total_shown()),
                ),
                line(
                    locale,
                    msg!("reports-served"),
                    Value::Count(s.queue.served.shown()),
                ),
            ],
        },
    ]
}

fn tables(report: Report, locale: Locale, s: &Summary, sites: &[SiteRow]) -> Vec<Table> {
    match report {
        Report::People => people_tables(locale, s, sites),
        Report::Queue => queue_tables(locale, s),
        Report::Volunteers => volunteer_tables(locale, s),
        Report::Summary => summary_tables(locale, s),
    }
}

fn report_title(report: Report) -> MessageId {
    match report {
        Report::People => msg!("reports-people-title"),
        Report::Queue => msg!("reports-queue-title"),
        Report::Volunteers => msg!("reports-volunteers-title"),
        Report::Summary => msg!("reports-summary-title"),
    }
}

/// Who reads: a coordinator (their organisation) or an admin (any). Volunteers are refused.
fn scope_of(user: &CurrentUser, query: &ReportQuery) -> Result<Scope, Error> {
    match (user.role, user.organisation_id) {
        (Role::Coordinator, Some(organisation)) => Ok(Scope::Organisation {
            organisation,
            site: query.site,
        }),
        (Role::Admin, _) => Ok(match query.organisation {
            Some(organisation) => Scope::Organisation {
                organisation,
                site: query.site,
            },
            None => Scope::Everyone,
        }),
        _ => Err(Error::Forbidden),
    }
}

fn parse_date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()
}

/// The period asked for, defaulting to the current month in Finland; the problems per field.
fn period_of(query: &ReportQuery, now: chrono::NaiveDateTime) -> Result<Period, FieldErrors> {
    let month = Period::month_of(now);
    let mut errors = FieldErrors::default();
    let mut date = |field: &'static str, value: &Option<String>, default: NaiveDate| match value
        .as_deref()
        .map(str::trim)
    {
        None | Some("") => Some(default),
        Some(text) => {
            let parsed = parse_date(text);
            if parsed.is_none() {
                errors.add(field, msg!("reports-error-date"));
            }
            parsed
        }
    };
    let from = date("from", &query.from, month.from);
    let to = date("to", &query.to, month.to);
    if let (Some(from), Some(to)) = (from, to) {
        match Period::new(from, to) {
            Ok(period) if errors.is_empty() => return Ok(period),
            Ok(_) => {}
            Err(PeriodProblem::FromAfterTo) => errors.add("to", msg!("reports-error-order")),
            Err(PeriodProblem::TooLong) => errors.add("to", msg!("reports-error-too-long")),
        }
    }
    Err(errors)
}

#[derive(Serialize)]
struct LineView {
    label: String,
    values: Vec<String>,
}

#[derive(Serialize)]
struct LegendItem {
    class: &'static str,
    name: MessageId,
}

#[derive(Serialize)]
struct TableView {
    caption: MessageId,
    columns: Vec<MessageId>,
    lines: Vec<LineView>,
    svg: Option<String>,
    /// The series of a chart of pairs, named by their columns.
    legend: Vec<LegendItem>,
}

#[derive(Serialize)]
struct SectionView {
    slug: &'static str,
    title: MessageId,
    csv: String,
    tables: Vec<TableView>,
}

#[derive(Serialize)]
struct Choice {
    id: i32,
    name: String,
    chosen: bool,
}

#[derive(Serialize)]
struct ReportsPage {
    from: String,
    to: String,
    from_error: Option<MessageId>,
    to_error: Option<MessageId>,
    is_admin: bool,
    organisations: Vec<Choice>,
    sites: Vec<Choice>,
    sections: Vec<SectionView>,
}

/// A value as the height of a bar: what the table shows, a hidden count as hidden.
fn bar(value: Value) -> charts::Bar {
    match value {
        Value::Count(Shown::Few) => charts::Bar::Few,
        Value::Count(Shown::Exact(n) | Shown::About(n)) | Value::Number(n) => {
            charts::Bar::Value(n as f64)
        }
        Value::Hours(h) | Value::Mean(Some(h)) => charts::Bar::Value(h),
        Value::Minutes(m) => charts::Bar::Value(f64::from(m.unwrap_or(0))),
        Value::Mean(None) => charts::Bar::Value(0.0),
    }
}

/// The table's chart, drawn from the same lines (without the total).
fn chart_svg(locale: Locale, table: &Table) -> Option<String> {
    let chart = table.chart.as_ref()?;
    let lines: Vec<&Line> = table.lines.iter().filter(|l| !l.total).collect();
    let names: Vec<String> = match chart {
        Chart::Columns { axis: Some(axis) } | Chart::Pairs { axis } => axis.clone(),
        _ => lines.iter().map(|l| l.label.clone()).collect(),
    };
    let value = |l: &Line, i: usize| l.values.get(i).copied().map(bar);
    let few = locale.text(msg!("reports-few"));
    let rtl = locale.info().rtl;
    match chart {
        Chart::Columns { .. } => {
            let bars: Vec<charts::Bar> = lines.iter().filter_map(|l| value(l, 0)).collect();
            charts::columns(&names, &bars, &few, rtl)
        }
        Chart::Pairs { .. } => {
            let pairs: Vec<(charts::Bar, charts::Bar)> = lines
                .iter()
                .filter_map(|l| Some((value(l, 0)?, value(l, 1)?)))
                .collect();
            charts::paired_bars(&names, &pairs, &few, rtl)
        }
    }
}

fn table_view(locale: Locale, table: Table) -> TableView {
    let chart = chart_svg(locale, &table);
    let legend = match table.chart {
        Some(Chart::Pairs { .. }) if chart.is_some() => table
            .columns
            .iter()
            .zip(charts::SERIES_CLASSES)
            .map(|(name, class)| LegendItem { class, name: *name })
            .collect(),
        _ => Vec::new(),
    };
    TableView {
        caption: table.caption,
        svg: chart,
        legend,
        columns: table.columns,
        lines: table
            .lines
            .into_iter()
            .map(|l| LineView {
                label: l.label,
                values: l.values.into_iter().map(|v| on_page(locale, v)).collect(),
            })
            .collect(),
    }
}

fn query_string(period: Period, query: &ReportQuery) -> String {
    let mut q = format!("from={}&to={}", period.from, period.to);
    if let Some(site) = query.site {
        q.push_str(&format!("&site={site}"));
    }
    if let Some(organisation) = query.organisation {
        q.push_str(&format!("&organisation={organisation}"));
    }
    q
}

#[rocket::get("/org/reports?<query..>")]
pub async fn reports_page(
    me: CurrentUser,
    ctx: PageCtx,
    db: &State<Db>,
    query: ReportQuery,
) -> Result<Answer, Error> {
    let scope = scope_of(&me, &query)?;
    let is_admin = me.role == Role::Admin;
    let period = period_of(&query, ctx.now);
    let chosen_org = match scope {
        Scope::Organisation { organisation, .. } => Some(organisation),
        Scope::Everyone => None,
    };
    let asked = period.as_ref().ok().copied();
    let (orgs, site_list, report) = db
        .run(move |conn| {
            let orgs = if is_admin {
                queries::organisations(conn)?
            } else {
                Vec::new()
            };
            let site_list = match chosen_org {
                Some(o) => queries::sites_of(conn, o)?,
                None => Vec::new(),
            };
            let report = match asked {
                Some(period) => Some(queries::report(conn, scope, period)?),
                None => None,
            };
            Ok::<_, Error>((orgs, site_list, report))
        })
        .await?;
    let locale = ctx.locale;
    let sections = match (&report, &period) {
        (Some((summary, sites)), Ok(period)) => Report::ALL
            .into_iter()
            .map(|r| SectionView {
                slug: r.slug(),
                title: report_title(r),
                csv: format!(
                    "/org/reports/{}.csv?{}",
                    r.slug(),
                    query_string(*period, &query)
                ),
                tables: tables(r, locale, summary, sites)
                    .into_iter()
                    .map(|t| table_view(locale, t))
                    .collect(),
            })
            .collect(),
        _ => Vec::new(),
    };
    let (from_error, to_error) = match &period {
        Ok(_) => (None, None),
        Err(errors) => (errors.get("from"), errors.get("to")),
    };
    let page = ReportsPage {
        from: match &period {
            Ok(p) => p.from.to_string(),
            Err(_) => query.from.clone().unwrap_or_default(),
        },
        to: match &period {
            Ok(p) => p.to.to_string(),
            Err(_) => query.to.clone().unwrap_or_default(),
        },
        from_error,
        to_error,
        is_admin,
        organisations: orgs
            .into_iter()
            .map(|(id, name)| Choice {
                id,
                name,
                chosen: Some(id) == query.organisation,
            })
            .collect(),
        sites: site_list
            .into_iter()
            .map(|s| Choice {
                id: s.id,
                name: s.name,
                chosen: Some(s.id) == query.site,
            })
            .collect(),
        sections,
    };
    let template = ctx.render("reports/index", msg!("reports-title"), page);
    Ok(match period {
        Ok(_) => Answer::page(Status::Ok, template),
        Err(_) => Answer::invalid(template),
    })
}

/// A CSV file to download.
pub struct CsvFile {
    name: String,
    body: String,
}

impl<'r> Responder<'r, 'static> for CsvFile {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        Response::build()
            .header(ContentType::new("text", "csv").with_params(("charset", "utf-8")))
            .raw_header(
                "Content-Disposition",
                format!("attachment; filename=\"{}\"", self.name),
            )
            .raw_header("Cache-Control", "no-store")
            .sized_body(self.body.len(), Cursor::new(self.body))
            .ok()
    }
}

#[derive(Responder)]
pub enum CsvAnswer {
    File(CsvFile),
    /// A bad period: a plain sentence, 422.
    #[response(status = 422, content_type = "plain")]
    Bad(String),
}

/// A cell a spreadsheet could take for a formula gets a `'` in front. The bidi isolation
/// marks a page needs around names are left out of the file.
pub fn guard_cell(text: &str) -> String {
    let text = text.replace(['\u{2068}', '\u{2069}'], "");
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text,
    }
}

fn csv_body(locale: Locale, tables: Vec<Table>) -> Result<String, Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header = [
        msg!("reports-csv-table"),
        msg!("reports-csv-row"),
        msg!("reports-csv-measure"),
        msg!("reports-csv-value"),
    ]
    .map(|id| guard_cell(&locale.text(id)));
    let failed = |e: csv::Error| Error::Config(format!("writing a CSV failed: {e}"));
    writer.write_record(&header).map_err(failed)?;
    for table in tables {
        let caption = locale.text(table.caption);
        for line in &table.lines {
            for (column, value) in table.columns.iter().zip(&line.values) {
                let record = [
                    guard_cell(&caption),
                    guard_cell(&line.label),
                    guard_cell(&locale.text(*column)),
                    guard_cell(&in_file(locale, *value)),
                ];
                writer.write_record(&record).map_err(failed)?;
            }
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| Error::Config(format!("writing a CSV failed: {e}")))?;
    String::from_utf8(bytes).map_err(|e| Error::Config(format!("a CSV was not UTF-8: {e}")))
}

#[rocket::get("/org/reports/<file>?<query..>")]
pub async fn report_csv(
    me: CurrentUser,
    locale: Locale,
    now: Now,
    db: &State<Db>,
    file: &str,
    query: ReportQuery,
) -> Result<CsvAnswer, Error> {
    let report = file
        .strip_suffix(".csv")
        .and_then(Report::from_slug)
        .ok_or(Error::NotFound)?;
    let scope = scope_of(&me, &query)?;
    let period = match period_of(&query, now.0) {
        Ok(period) => period,
        Err(_) => return Ok(CsvAnswer::Bad(locale.text(msg!("reports-error-csv")))),
    };
    let by = actor(&me);
    let (summary, sites) = db
        .run(move |conn| queries::export(conn, by, scope, period, now.0))
        .await?;
    let body = csv_body(locale, tables(report, locale, &summary, &sites))?;
    Ok(CsvAnswer::File(CsvFile {
        name: format!("{}-{}-{}.csv", report.slug(), period.from, period.to),
        body,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_formula_cells_are_guarded() {
        assert_eq!(guard_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(guard_cell("+1"), "'+1");
        assert_eq!(guard_cell("-1"), "'-1");
        assert_eq!(guard_cell("@x"), "'@x");
        assert_eq!(guard_cell("\tx"), "'\tx");
        assert_eq!(guard_cell("Kela"), "Kela");
        assert_eq!(guard_cell("< 5"), "< 5");
    }
}
