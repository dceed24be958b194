//! Charts drawn on the server as inline SVG with plotters, shared by the growth page and the
//! reports. Each page shows a table of the same numbers beside its chart; the drawing is for
//! the eye. A right-to-left reader's charts run from right to left, with the values' axis on
//! the right.

use plotters::coord::ranged1d::{SegmentValue, SegmentedCoord};
use plotters::coord::types::{RangedCoordf64, RangedCoordusize};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The drawing's own units; the page scales it to its width (`viewBox`, `width: 100%`), so
/// these are about the pixels of a phone's column.
pub const WIDTH: u32 = 360;
pub const HEIGHT: u32 = 220;
pub const FONT: (&str, u32) = ("sans-serif", 15);

/// Colours with 4.5:1 or more against white (the axis and white text on a bar both read); a
/// series is told apart by its number, mark or legend as well.
pub const SERIES_COLOURS: [RGBColor; 5] = [
    RGBColor(0x00, 0x5A, 0x9C),
    RGBColor(0xA8, 0x45, 0x00),
    RGBColor(0x00, 0x6E, 0x52),
    RGBColor(0x7B, 0x32, 0x94),
    RGBColor(0x4D, 0x4D, 0x4D),
];
pub const GRID: RGBColor = RGBColor(0xDD, 0xDD, 0xDD);

/// The CSS classes that give a legend's mark the colour of its series.
pub const SERIES_CLASSES: [&str; 5] = ["series-1", "series-2", "series-3", "series-4", "series-5"];

pub type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub type Drawn = Result<(), Box<dyn std::error::Error + 'static>>;

/// Draws into a fresh SVG of `size`; `None` (logged) if plotters fails, and the table still
/// shows.
pub fn svg(size: (u32, u32), draw: impl FnOnce(&Area) -> Drawn) -> Option<String> {
    let mut out = String::new();
    let drawn = {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        draw(&root).and_then(|()| root.present().map_err(|e| e.to_string().into()))
    };
    match drawn {
        Ok(()) => Some(out),
        Err(e) => {
            log::warn!("a chart could not be drawn: {e}");
            None
        }
    }
}

/// A top for the values' axis with whole-number ticks: at least 4, then up to a multiple of 5.
pub fn top(max: f64) -> f64 {
    if max <= 4.0 {
        4.0
    } else {
        (max / 5.0).ceil() * 5.0
    }
}

/// A tick's name: whole numbers only.
pub fn whole(v: &f64) -> String {
    if (v - v.round()).abs() < 1e-6 {
        format!("{}", v.round())
    } else {
        String::new()
    }
}

/// Where item `index` of `count` stands along an axis that follows the reading direction.
pub fn position(index: usize, count: usize, rtl: bool) -> usize {
    if rtl {
        count - 1 - index
    } else {
        index
    }
}

/// The range whose segments are `count` slots: plotters' integer ranges include their end.
pub fn slots(count: usize) -> std::ops::Range<usize> {
    0..count.saturating_sub(1).max(1)
}

/// How many of `count` names fit under a plot about 300 units wide without touching: every
/// `n`-th is written, from a guess of their width in the chart's font.
fn label_every(names: &[String], count: usize) -> usize {
    let widest = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let room = (widest * 8 + 10) * count;
    room.div_ceil(300).max(1)
}

/// One bar's value: a number, or a count too small to show (drawn as an outline up to 5
/// with the page's "< 5" above it, so the chart gives away no more than the table).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bar {
    Value(f64),
    Few,
}

/// The height the outline of a hidden count reaches.
const FEW_TOP: f64 = 5.0;

impl Bar {
    fn height(self) -> f64 {
        match self {
            Bar::Value(v) => v,
            Bar::Few => FEW_TOP,
        }
    }
}

/// The coordinates of a chart over `count` ordered slots (months, weeks, bands).
pub type Ordered = Cartesian2d<SegmentedCoord<RangedCoordusize>, RangedCoordf64>;

/// The axes of a chart over `count` ordered slots, named by `labels` (already in the reading
/// direction), with the values' axis on the reader's starting side.
pub fn ordered_axes<'a, 'b>(
    root: &'a Area<'b>,
    rtl: bool,
    count: usize,
    y_top: f64,
    labels: &[String],
) -> Result<ChartContext<'a, SVGBackend<'b>, Ordered>, Box<dyn std::error::Error + 'static>> {
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let side = if rtl {
        LabelAreaPosition::Right
    } else {
        LabelAreaPosition::Left
    };
    // Room beyond the last name on the side away from the values' axis.
    let (start, end) = if rtl { (20, 8) } else { (8, 20) };
    let mut chart = ChartBuilder::on(root)
        .margin(8)
        .margin_left(start)
        .margin_right(end)
        .x_label_area_size(26)
        .set_label_area_size(side, 28)
        .build_cartesian_2d(slots(count).into_segmented(), 0.0..y_top)
        .map_err(|e| e.to_string())?;
    let x_label = |v: &SegmentValue<usize>| match v {
        SegmentValue::CenterOf(i) => labels.get(*i).cloned().unwrap_or_default(),
        _ => String::new(),
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .x_labels(count)
        .y_labels(6)
        .x_label_formatter(&x_label)
        .y_label_formatter(&whole)
        .label_style(FONT)
        .draw()
        .map_err(|e| e.to_string())?;
    Ok(chart)
}

/// Vertical bars over ordered names (months, weeks, bands of waiting), in the reading
/// direction; every `label_every`-th name is written under its bar, counting from the last.
pub fn columns(names: &[String], bars: &[Bar], few: &str, rtl: bool) -> Option<String> {
    let count = bars.len();
    if count == 0 {
        return None;
    }
    let every = label_every(names, count);
    let y_top = top(bars.iter().map(|b| b.height()).fold(0.0, f64::max));
    let mut shown = vec![String::new(); count];
    for (index, name) in names.iter().enumerate().take(count) {
        if (count - 1 - index).is_multiple_of(every) {
            shown[position(index, count, rtl)] = name.clone();
        }
    }
    svg((WIDTH, HEIGHT), |root| {
        let mut chart = ordered_axes(root, rtl, count, y_top, &shown)?;
        let colour = SERIES_COLOURS[0];
        let mut parts = Vec::new();
        let mut notes = Vec::new();
        for (index, bar) in bars.iter().enumerate() {
            let x = position(index, count, rtl);
            let style = match bar {
                Bar::Value(_) => colour.filled(),
                Bar::Few => colour.stroke_width(2),
            };
            let mut rect = Rectangle::new(
                [
                    (SegmentValue::Exact(x), 0.0),
                    (SegmentValue::Exact(x + 1), bar.height()),
                ],
                style,
            );
            rect.set_margin(1, 0, 3, 3);
            parts.push(rect);
            if *bar == Bar::Few {
                notes.push(Text::new(
                    few.to_owned(),
                    (SegmentValue::CenterOf(x), FEW_TOP),
                    FONT.into_font()
                        .color(&BLACK)
                        .pos(Pos::new(HPos::Center, VPos::Bottom)),
                ));
            }
        }
        chart.draw_series(parts).map_err(|e| e.to_string())?;
        chart.draw_series(notes).map_err(|e| e.to_string())?;
        Ok(())
    })
}

/// Two series as pairs of horizontal bars, one pair per name (a language's people asking and
/// its volunteer hours, say), growing from the reader's starting side.
pub fn paired_bars(names: &[String], pairs: &[(Bar, Bar)], few: &str, rtl: bool) -> Option<String> {
    let count = pairs.len();
    if count == 0 {
        return None;
    }
    let most = pairs
        .iter()
        .map(|(a, b)| a.height().max(b.height()))
        .fold(0.0, f64::max);
    let x_top = top(most);
    // The value where a bar of `v` ends: mirrored for a right-to-left reader.
    let at = |v: f64| if rtl { x_top - v } else { v };
    let height = 46 + 36 * count as u32;
    svg((WIDTH, height), |root| {
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let side = if rtl {
            LabelAreaPosition::Right
        } else {
            LabelAreaPosition::Left
        };
        let (start, end) = if rtl { (16, 8) } else { (8, 16) };
        let mut chart = ChartBuilder::on(root)
            .margin(8)
            .margin_left(start)
            .margin_right(end)
            .x_label_area_size(26)
            .set_label_area_size(side, 110)
            .build_cartesian_2d(0.0..x_top, slots(count).into_segmented())
            .map_err(|e| e.to_string())?;
        // The first name at the top.
        let row = |index: usize| count - 1 - index;
        let y_label = |v: &SegmentValue<usize>| match v {
            SegmentValue::CenterOf(i) => count
                .checked_sub(i + 1)
                .and_then(|name| names.get(name))
                .cloned()
                .unwrap_or_default(),
            _ => String::new(),
        };
        let x_label = |v: &f64| whole(&at(*v));
        chart
            .configure_mesh()
            .disable_y_mesh()
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .y_labels(count)
            .x_labels(6)
            .y_label_formatter(&y_label)
            .x_label_formatter(&x_label)
            .label_style(FONT)
            .draw()
            .map_err(|e| e.to_string())?;
        let mut parts = Vec::new();
        let mut notes = Vec::new();
        for (index, (first, second)) in pairs.iter().enumerate() {
            let y = row(index);
            for (half, (bar, colour)) in [(first, SERIES_COLOURS[0]), (second, SERIES_COLOURS[1])]
                .into_iter()
                .enumerate()
            {
                let style = match bar {
                    Bar::Value(_) => colour.filled(),
                    Bar::Few => colour.stroke_width(2),
                };
                let mut rect = Rectangle::new(
                    [
                        (at(0.0), SegmentValue::Exact(y)),
                        (at(bar.height()), SegmentValue::Exact(y + 1)),
                    ],
                    style,
                );
                // The first series in the upper half of the row, the second in the lower.
                let (upper, lower) = if half == 0 { (4, 18) } else { (18, 4) };
                rect.set_margin(upper, lower, 0, 0);
                parts.push(rect);
                if *bar == Bar::Few {
                    let beyond = if rtl { HPos::Right } else { HPos::Left };
                    notes.push(Text::new(
                        few.to_owned(),
                        (at(FEW_TOP + 0.2), SegmentValue::CenterOf(y)),
                        FONT.into_font()
                            .color(&BLACK)
                            .pos(Pos::new(beyond, VPos::Center)),
                    ));
                }
            }
        }
        chart.draw_series(parts).map_err(|e| e.to_string())?;
        chart.draw_series(notes).map_err(|e| e.to_string())?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The x of the `<text>` element that writes `label`.
    fn x_of(svg: &str, label: &str) -> i32 {
        let at = svg.find(&format!(">\n{label}\n</text>")).unwrap();
        let tag = &svg[svg[..at].rfind("<text").unwrap()..at];
        let x = tag.split("x=\"").nth(1).unwrap().split('"').next().unwrap();
        x.parse().unwrap()
    }

    #[test]
    fn reports_columns_run_in_the_reading_direction_and_mark_hidden_counts() {
        let names: Vec<String> = ["W01", "W02", "W03"].map(String::from).to_vec();
        let bars = [Bar::Value(7.0), Bar::Few, Bar::Value(12.0)];
        let ltr = columns(&names, &bars, "< 5", false).unwrap();
        let rtl = columns(&names, &bars, "< 5", true).unwrap();
        assert!(ltr.starts_with("<svg") && ltr.contains("&lt; 5"), "{ltr}");
        assert!(x_of(&ltr, "W03") > x_of(&ltr, "W01"));
        assert!(x_of(&rtl, "W03") < x_of(&rtl, "W01"));
    }

    #[test]
    fn reports_paired_bars_name_each_row_and_grow_from_the_reading_side() {
        let names: Vec<String> = ["suomi", "العربية"].map(String::from).to_vec();
        let pairs = [
            (Bar::Value(20.0), Bar::Value(12.5)),
            (Bar::Few, Bar::Value(3.0)),
        ];
        let ltr = paired_bars(&names, &pairs, "< 5", false).unwrap();
        let rtl = paired_bars(&names, &pairs, "< 5", true).unwrap();
        assert!(ltr.contains("العربية") && ltr.contains("suomi"));
        // The names stand on the starting side: left of the bars, or right of them.
        assert!(x_of(&ltr, "suomi") < 120, "{ltr}");
        assert!(x_of(&rtl, "suomi") > 240, "{rtl}");
        assert_eq!(columns(&[], &[], "< 5", false), None);
    }
}
