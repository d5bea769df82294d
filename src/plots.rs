//! Pictures of a run, drawn with `plotters` into an RGB buffer and saved as
//! PNG. The font is compiled in, so labels render on machines without fonts.

use anyhow::{anyhow, Context, Result};
use plotters::prelude::*;
use std::path::Path;

static FONT: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

fn register_font() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Cannot fail for a valid TrueType file, which FONT is (a test draws with it).
        let _ = plotters::style::register_font("sans-serif", FontStyle::Normal, FONT);
    });
}

fn save_png(path: &Path, buf: Vec<u8>, w: u32, h: u32) -> Result<()> {
    let img = image::RgbImage::from_raw(w, h, buf).ok_or_else(|| anyhow!("plot buffer has the wrong size"))?;
    let mut png = std::io::Cursor::new(Vec::new());
    img.write_to(&mut png, image::ImageFormat::Png).with_context(|| format!("encoding {}", path.display()))?;
    crate::files::replace(path, png.get_ref())
}

fn err<E: std::fmt::Debug>(e: E) -> anyhow::Error {
    anyhow!("drawing: {e:?}")
}

/// One epoch's point on the training curves.
pub struct EpochPoint {
    pub epoch: usize,
    pub train_loss: f64,
    pub val_loss: f64,
    pub train_accuracy: f64,
    pub val_accuracy: f64,
}

/// `curves.png`: loss (left) and accuracy (right) per epoch, train and validation.
pub fn curves(path: &Path, history: &[EpochPoint]) -> Result<()> {
    register_font();
    let (w, h) = (1200u32, 480u32);
    let mut buf = vec![255u8; (w * h * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let (left, right) = root.split_horizontally(w / 2);
        let epochs = history.len().max(2) as f64;
        let xs: Vec<f64> = history.iter().map(|r| r.epoch as f64).collect();
        // (area, title, y label, train values, validation values)
        #[allow(clippy::type_complexity)]
        let panels: [(&DrawingArea<_, _>, &str, &str, Vec<f64>, Vec<f64>); 2] = [
            (&left, "Loss", "cross-entropy", history.iter().map(|r| r.train_loss).collect(), history.iter().map(|r| r.val_loss).collect()),
            (
                &right,
                "Accuracy",
                "accuracy (%)",
                history.iter().map(|r| r.train_accuracy * 100.0).collect(),
                history.iter().map(|r| r.val_accuracy * 100.0).collect(),
            ),
        ];
        for (area, title, ylabel, train, val) in panels {
            let all = train.iter().chain(&val).copied().filter(|v| v.is_finite());
            let (lo, hi) = all.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(v), b.max(v)));
            let (lo, hi) = if lo.is_finite() { (lo, hi) } else { (0.0, 1.0) };
            let pad = ((hi - lo) * 0.1).max(1e-3);
            let mut chart = ChartBuilder::on(area)
                .caption(title, ("sans-serif", 24))
                .margin(12)
                .x_label_area_size(40)
                .y_label_area_size(60)
                .build_cartesian_2d(1.0..epochs.max(xs.last().copied().unwrap_or(1.0)), (lo - pad)..(hi + pad))
                .map_err(err)?;
            chart
                .configure_mesh()
                .x_desc("epoch")
                .y_desc(ylabel)
                .label_style(("sans-serif", 14))
                .axis_desc_style(("sans-serif", 16))
                .draw()
                .map_err(err)?;
            for (label, values, color) in [("train", &train, BLUE), ("validation", &val, RED)] {
                let pts: Vec<(f64, f64)> = xs.iter().copied().zip(values.iter().copied()).collect();
                chart
                    .draw_series(LineSeries::new(pts.clone(), color.stroke_width(2)))
                    .map_err(err)?
                    .label(label)
                    .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2)));
                chart.draw_series(pts.into_iter().map(|p| Circle::new(p, 3, color.filled()))).map_err(err)?;
            }
            chart
                .configure_series_labels()
                .label_font(("sans-serif", 14))
                .background_style(WHITE.mix(0.8))
                .border_style(BLACK)
                .draw()
                .map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    save_png(path, buf, w, h)
}

/// A grid of `size` x `size` images (HWC bytes back to back), each enlarged and captioned;
/// `right[i]` colours the caption and frame green (true), red (false) or leaves them black.
pub fn image_grid(path: &Path, title: &str, pixels: &[u8], size: u32, captions: &[String], right: &[Option<bool>]) -> Result<()> {
    register_font();
    let n = captions.len().max(1);
    let cols = (n as f64).sqrt().ceil() as u32;
    let rows = (n as u32).div_ceil(cols);
    let scale = (160 / size).max(1);
    let cell = size * scale;
    let (pad, caption_h, title_h) = (10u32, 24u32, 40u32);
    let w = cols * (cell + pad) + pad;
    let h = title_h + rows * (cell + caption_h + pad) + pad;
    let mut buf = vec![255u8; (w * h * 3) as usize];
    // Blit each image, enlarged by nearest neighbour so small inputs stay visible.
    let img_bytes = (size * size * 3) as usize;
    for (i, img) in pixels.chunks_exact(img_bytes).take(n).enumerate() {
        let (cx, cy) = (i as u32 % cols, i as u32 / cols);
        let (x0, y0) = (pad + cx * (cell + pad), title_h + cy * (cell + caption_h + pad));
        for y in 0..cell {
            for x in 0..cell {
                let s = (((y / scale) * size + x / scale) * 3) as usize;
                let d = (((y0 + y) * w + x0 + x) * 3) as usize;
                buf[d..d + 3].copy_from_slice(&img[s..s + 3]);
            }
        }
    }
    {
        let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
        root.draw(&Text::new(title.to_string(), (pad as i32, 10), ("sans-serif", 20).into_font())).map_err(err)?;
        for (i, cap) in captions.iter().enumerate().take(n) {
            let (cx, cy) = (i as u32 % cols, i as u32 / cols);
            let (x0, y0) = ((pad + cx * (cell + pad)) as i32, (title_h + cy * (cell + caption_h + pad)) as i32);
            let color = match right.get(i).copied().flatten() {
                Some(true) => RGBColor(0, 140, 0),
                Some(false) => RGBColor(200, 0, 0),
                None => BLACK,
            };
            if right.get(i).copied().flatten().is_some() {
                root.draw(&Rectangle::new([(x0 - 2, y0 - 2), (x0 + cell as i32 + 1, y0 + cell as i32 + 1)], color.stroke_width(3)))
                    .map_err(err)?;
            }
            let text: String = cap.chars().take(28).collect();
            root.draw(&Text::new(text, (x0, y0 + cell as i32 + 4), ("sans-serif", 14).into_font().color(&color))).map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    save_png(path, buf, w, h)
}

/// `confusion.png`: counts with true classes as rows, predicted as columns.
pub fn confusion(path: &Path, classes: &[String], matrix: &[Vec<u64>]) -> Result<()> {
    register_font();
    let k = classes.len().max(1) as u32;
    let cell = (600 / k).clamp(12, 60);
    let margin = 160u32;
    // Wide enough for the title, whatever the class count.
    let (w, h) = ((margin + k * cell + 20).max(480), margin + k * cell + 20);
    let mut buf = vec![255u8; (w * h * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
        let max = matrix.iter().flatten().copied().max().unwrap_or(1).max(1) as f64;
        root.draw(&Text::new("Confusion matrix (rows: true, columns: predicted)", (10, 10), ("sans-serif", 18).into_font())).map_err(err)?;
        for (r, row) in matrix.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                let shade = 255 - (200.0 * v as f64 / max) as u8;
                let (x, y) = ((margin + c as u32 * cell) as i32, (margin + r as u32 * cell) as i32);
                let fill = if r == c { RGBColor(shade, 255, shade) } else { RGBColor(255, shade, shade) };
                root.draw(&Rectangle::new([(x, y), (x + cell as i32, y + cell as i32)], fill.filled())).map_err(err)?;
                root.draw(&Rectangle::new([(x, y), (x + cell as i32, y + cell as i32)], BLACK.mix(0.3))).map_err(err)?;
                if cell >= 24 {
                    root.draw(&Text::new(v.to_string(), (x + 4, y + cell as i32 / 3), ("sans-serif", 12).into_font())).map_err(err)?;
                }
            }
        }
        for (i, name) in classes.iter().enumerate() {
            let t: String = name.chars().take(20).collect();
            let y = (margin + i as u32 * cell + cell / 3) as i32;
            root.draw(&Text::new(t.clone(), (4, y), ("sans-serif", 12).into_font())).map_err(err)?;
            let x = (margin + i as u32 * cell + cell / 3) as i32;
            let style = ("sans-serif", 12).into_font().transform(FontTransform::Rotate270);
            root.draw(&Text::new(t, (x, margin as i32 - 6), style)).map_err(err)?;
        }
        root.present().map_err(err)?;
    }
    save_png(path, buf, w, h)
}
