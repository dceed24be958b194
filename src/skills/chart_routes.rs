//! The growth page's three charts, drawn on the server as inline SVG with plotters from the
//! numbers `skills::charts` computes, each with the table of the same numbers beside it. A
//! right-to-left reader's months run from right to left, with the values' axis on the right.

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::Serialize;

use super::charts::{self as growth, LevelLine, MonthAreas, DIGCOMP_AREAS, MONTHS};
use crate::i18n::{format_date, format_month, format_month_alone, Locale};
use crate::msg;
use crate::web::charts::{
    self, top, Area, Drawn, FONT, HEIGHT, SERIES_CLASSES, SERIES_COLOURS, WIDTH,
};
use crate::web::labels;

const AREA_COLOURS: [RGBColor; 5] = SERIES_COLOURS;
const OBSERVED_COLOUR: RGBColor = RGBColor(0, 0, 0);
const HOURS_COLOUR: RGBColor = SERIES_COLOURS[0];

/// The marks the levels chart draws for each area and for the observations, also shown in the
/// legend so that no line is told apart by colour alone.
const MARKS: [&str; 6] = ["●", "▲", "✕", "■", "○", "□"];

#[derive(Serialize)]
pub struct LegendItem {
    /// The CSS class that gives the mark its colour (`series-1`…`series-5`, `series-observed`).
    class: &'static str,
    mark: &'static str,
    name: String,
}

#[derive(Serialize)]
pub struct AreaHead {
    number: &'static str,
    name: String,
}

#[derive(Serialize)]
pub struct SessionsRow {
    month: String,
    counts: [usize; 5],
    total: usize,
}

#[derive(Serialize)]
pub struct SessionsChart {
    svg: Option<String>,
    legend: Vec<LegendItem>,
    areas: Vec<AreaHead>,
    rows: Vec<SessionsRow>,
}

#[derive(Serialize)]
pub struct LevelRow {
    date: String,
    series: String,
    mean: String,
}

#[derive(Serialize)]
pub struct LevelsChart {
    svg: Option<String>,
    legend: Vec<LegendItem>,
    rows: Vec<LevelRow>,
}

#[derive(Serialize)]
pub struct HoursRow {
    month: String,
    hours: String,
}

#[derive(Serialize)]
pub struct HoursChart {
    svg: Option<String>,
    rows: Vec<HoursRow>,
}

/// The three charts of the growth page; a chart with nothing in its months is `None`.
#[derive(Serialize)]
pub struct ChartsView {
    sessions: Option<SessionsChart>,
    levels: Option<LevelsChart>,
    hours: Option<HoursChart>,
}

/// A number to a tenth, with the locale's decimal separator.
fn tenths(locale: Locale, value: f64) -> String {
    locale.message(
        msg!("growth-chart-number"),
        &[("n", ((value * 10.0).round() / 10.0).into())],
    )
}

/// Where month `index` (0 the oldest) stands on the x axis, in the reading direction.
fn position(index: usize, rtl: bool) -> usize {
    charts::position(index, MONTHS, rtl)
}

/// The axis names every other month, counting back from the newest, so that the names fit.
fn axis_labels(locale: Locale, months: &[chrono::NaiveDate], rtl: bool) -> Vec<String> {
    let mut labels = vec![String::new(); MONTHS];
    for (index, month) in months.iter().enumerate() {
        if (months.len() - 1 - index).is_multiple_of(2) {
            if let Some(slot) = labels.get_mut(position(index, rtl)) {
                *slot = format_month_alone(locale, *month);
            }
        }
    }
    labels
}

fn svg(draw: impl FnOnce(&Area) -> Drawn) -> Option<String> {
    charts::svg((WIDTH, HEIGHT), draw)
}

fn sessions_svg(locale: Locale, rows: &[MonthAreas], rtl: bool) -> Option<String> {
    let months: Vec<_> = rows.iter().map(|r| r.month).collect();
    let labels = axis_labels(locale, &months, rtl);
    let most = rows
        .iter()
        .map(|r| r.areas.iter().sum::<usize>())
        .max()
        .unwrap_or(0);
    let y_top = top(most as f64);
    svg(|root| {
        let mut chart = charts::ordered_axes(root, rtl, MONTHS, y_top, &labels)?;
        let plot_height = f64::from(chart.plotting_area().dim_in_pixel().1);
        // Stacked: area 1 at the bottom; each part carries its area's number where it fits.
        let mut parts = Vec::new();
        let mut numbers = Vec::new();
        for (index, row) in rows.iter().enumerate() {
            let x = position(index, rtl);
            let mut base = 0.0;
            for (area, count) in row.areas.iter().enumerate() {
                if *count == 0 {
                    continue;
                }
                let height = *count as f64;
                let colour = AREA_COLOURS.get(area).copied().unwrap_or(BLACK);
                let mut bar = Rectangle::new(
                    [
                        (SegmentValue::Exact(x), base),
                        (SegmentValue::Exact(x + 1), base + height),
                    ],
                    colour.filled(),
                );
                bar.set_margin(1, 0, 3, 3);
                parts.push(bar);
                if height / y_top * plot_height >= 15.0 {
                    numbers.push(Text::new(
                        DIGCOMP_AREAS.get(area).copied().unwrap_or_default(),
                        (SegmentValue::CenterOf(x), base + height / 2.0),
                        FONT.into_font()
                            .color(&WHITE)
                            .pos(Pos::new(HPos::Center, VPos::Center)),
                    ));
                }
                base += height;
            }
        }
        chart.draw_series(parts).map_err(|e| e.to_string())?;
        chart.draw_series(numbers).map_err(|e| e.to_string())?;
        Ok(())
    })
}

fn levels_svg(
    locale: Locale,
    lines: &[LevelLine],
    months: &[chrono::NaiveDate],
    rtl: bool,
) -> Option<String> {
    let labels = axis_labels(locale, months, rtl);
    svg(|root| {
        let mut chart = charts::ordered_axes(root, rtl, MONTHS, 4.0, &labels)?;
        for line in lines {
            let (which, colour) = match line.area {
                Some(area) => {
                    let i = DIGCOMP_AREAS.iter().position(|a| *a == area).unwrap_or(0);
                    (i, AREA_COLOURS.get(i).copied().unwrap_or(BLACK))
                }
                None => (5, OBSERVED_COLOUR),
            };
            // One point a month on the chart (the month's last assessment); the table has
            // every date.
            let points: Vec<(SegmentValue<usize>, f64)> = months
                .iter()
                .enumerate()
                .filter_map(|(index, month)| {
                    let last = line
                        .points
                        .iter()
                        .rfind(|p| growth::month_of(p.at) == *month)?;
                    Some((SegmentValue::CenterOf(position(index, rtl)), last.mean))
                })
                .collect();
            let width = if line.area.is_none() { 3 } else { 2 };
            chart
                .draw_series(LineSeries::new(points.clone(), colour.stroke_width(width)))
                .map_err(|e| e.to_string())?;
            // The mark of the line's points, drawn by plotters around each point.
            let (filled, stroke) = (colour.filled(), colour.stroke_width(2));
            let square = |p, style| EmptyElement::at(p) + Rectangle::new([(-4, -4), (4, 4)], style);
            let drawn = match which {
                0 => chart.draw_series(points.iter().map(|p| Circle::new(p.clone(), 4, filled))),
                1 => chart.draw_series(
                    points
                        .iter()
                        .map(|p| TriangleMarker::new(p.clone(), 6, filled)),
                ),
                2 => chart.draw_series(points.iter().map(|p| Cross::new(p.clone(), 5, stroke))),
                3 => chart.draw_series(points.iter().map(|p| square(p.clone(), filled))),
                4 => chart.draw_series(points.iter().map(|p| Circle::new(p.clone(), 4, stroke))),
                _ => chart.draw_series(points.iter().map(|p| square(p.clone(), stroke))),
            };
            drawn.map_err(|e| e.to_string())?;
        }
        Ok(())
    })
}

fn hours_svg(locale: Locale, hours: &[(chrono::NaiveDate, f64)], rtl: bool) -> Option<String> {
    let months: Vec<_> = hours.iter().map(|(m, _)| *m).collect();
    let labels = axis_labels(locale, &months, rtl);
    let most = hours.iter().map(|(_, h)| *h).fold(0.0, f64::max);
    svg(|root| {
        let mut chart = charts::ordered_axes(root, rtl, MONTHS, top(most), &labels)?;
        chart
            .draw_series(hours.iter().enumerate().map(|(index, (_, h))| {
                let x = position(index, rtl);
                let mut bar = Rectangle::new(
                    [
                        (SegmentValue::Exact(x), 0.0),
                        (SegmentValue::Exact(x + 1), *h),
                    ],
                    HOURS_COLOUR.filled(),
                );
                bar.set_margin(1, 0, 3, 3);
                bar
            }))
            .map_err(|e| e.to_string())?;
        Ok(())
    })
}

fn area_name(locale: Locale, area: &str) -> String {
    locale.text(labels::skill_area(area))
}

/// The numbers the charts draw, turned into the reader's language and drawn.
pub fn charts_view(
    locale: Locale,
    sessions: &[MonthAreas],
    lines: &[LevelLine],
    hours: &[(chrono::NaiveDate, f64)],
) -> ChartsView {
    let rtl = locale.info().rtl;
    let months: Vec<_> = sessions.iter().map(|r| r.month).collect();
    let area_legend: Vec<LegendItem> = DIGCOMP_AREAS
        .iter()
        .zip(SERIES_CLASSES)
        .map(|(area, class)| LegendItem {
            class,
            mark: "■",
            name: format!("{area} {}", area_name(locale, area)),
        })
        .collect();
    let sessions_chart = sessions
        .iter()
        .any(|r| r.sessions > 0)
        .then(|| SessionsChart {
            svg: sessions_svg(locale, sessions, rtl),
            legend: area_legend,
            areas: DIGCOMP_AREAS
                .iter()
                .map(|area| AreaHead {
                    number: area,
                    name: area_name(locale, area),
                })
                .collect(),
            rows: sessions
                .iter()
                .map(|r| SessionsRow {
                    month: format_month(locale, r.month),
                    counts: r.areas,
                    total: r.sessions,
                })
                .collect(),
        });
    let series_name = |line: &LevelLine| match line.area {
        Some(area) => format!("{area} {}", area_name(locale, area)),
        None => locale.text(msg!("growth-chart-observed")),
    };
    let mark_of = |line: &LevelLine| match line.area {
        Some(area) => DIGCOMP_AREAS.iter().position(|a| *a == area).unwrap_or(0),
        None => 5,
    };
    let in_window = |line: &LevelLine| {
        line.points
            .iter()
            .any(|p| months.contains(&growth::month_of(p.at)))
    };
    let levels_chart = lines.iter().any(in_window).then(|| {
        let mut rows: Vec<(chrono::NaiveDateTime, LevelRow)> = lines
            .iter()
            .flat_map(|line| {
                line.points.iter().map(move |p| {
                    (
                        p.at,
                        LevelRow {
                            date: format_date(locale, p.on),
                            series: series_name(line),
                            mean: tenths(locale, p.mean),
                        },
                    )
                })
            })
            .collect();
        rows.sort_by_key(|(at, _)| *at);
        LevelsChart {
            svg: levels_svg(locale, lines, &months, rtl),
            legend: lines
                .iter()
                .map(|line| LegendItem {
                    class: line
                        .area
                        .and_then(|_| SERIES_CLASSES.get(mark_of(line)).copied())
                        .unwrap_or("series-observed"),
                    mark: MARKS.get(mark_of(line)).copied().unwrap_or("□"),
                    name: series_name(line),
                })
                .collect(),
            rows: rows.into_iter().map(|(_, row)| row).collect(),
        }
    });
    let hours_chart = hours.iter().any(|(_, h)| *h > 0.0).then(|| HoursChart {
        svg: hours_svg(locale, hours, rtl),
        rows: hours
            .iter()
            .map(|(month, h)| HoursRow {
                month: format_month(locale, *month),
                hours: tenths(locale, *h),
            })
            .collect(),
    });
    ChartsView {
        sessions: sessions_chart,
        levels: levels_chart,
        hours: hours_chart,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    fn utc(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn skills_the_charts_are_svg_with_text_and_run_right_to_left_in_arabic() {
        let now = utc("2026-03-15 10:00");
        let mut rows = growth::sessions_per_month(&[], now);
        rows[10].areas = [0, 2, 0, 2, 2];
        rows[10].sessions = 2;
        rows[11].areas = [0, 0, 0, 0, 1];
        rows[11].sessions = 1;
        let fi = Locale::DEFAULT;
        let ar = Locale::from_code("ar").unwrap();
        let drawn = |locale| sessions_svg(locale, &rows, locale.info().rtl).unwrap();
        let (fi_svg, ar_svg) = (drawn(fi), drawn(ar));
        assert!(fi_svg.starts_with("<svg") && fi_svg.contains("viewBox=\"0 0 360 220\""));
        assert!(
            fi_svg.contains("<text") && fi_svg.contains(">\nmaalis\n</text>"),
            "{fi_svg}"
        );
        assert!(ar_svg.contains("مارس"));
        // March, the newest month, stands right in Finnish and left in Arabic.
        let x_of = |svg: &str, label: &str| -> i32 {
            let at = svg.find(&format!(">\n{label}\n</text>")).unwrap();
            let tag = &svg[svg[..at].rfind("<text").unwrap()..at];
            let x = tag.split("x=\"").nth(1).unwrap().split('"').next().unwrap();
            x.parse().unwrap()
        };
        assert!(x_of(&fi_svg, "maalis") > x_of(&fi_svg, "tammi"));
        assert!(x_of(&ar_svg, "مارس") < x_of(&ar_svg, "يناير"));
    }
}
