//! The window icon, drawn in code: a speech bubble with three dots.

/// 64 × 64 RGBA.
pub fn icon() -> egui::IconData {
    const SIZE: u32 = 64;
    let mut rgba = Vec::with_capacity((SIZE * SIZE * 4) as usize);
    for y in 0..SIZE {
        for x in 0..SIZE {
            let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
            // Rounded bubble body and a tail at the bottom left.
            let inside_body = rounded_rect(fx, fy, 6.0, 8.0, 58.0, 46.0, 12.0);
            let inside_tail = (44.0..=58.0).contains(&fy)
                && (14.0..=28.0).contains(&fx)
                && (fx - 14.0) >= (fy - 44.0) * 0.4;
            let dot = [20.0, 32.0, 44.0]
                .iter()
                .any(|cx| (fx - cx).powi(2) + (fy - 27.0).powi(2) <= 16.0);
            let px = if dot && inside_body {
                [255, 255, 255, 255]
            } else if inside_body || inside_tail {
                [28, 110, 140, 255]
            } else {
                [0, 0, 0, 0]
            };
            rgba.extend_from_slice(&px);
        }
    }
    egui::IconData {
        rgba,
        width: SIZE,
        height: SIZE,
    }
}

fn rounded_rect(x: f32, y: f32, x0: f32, y0: f32, x1: f32, y1: f32, r: f32) -> bool {
    let cx = x.clamp(x0 + r, x1 - r);
    let cy = y.clamp(y0 + r, y1 - r);
    x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx).powi(2) + (y - cy).powi(2) <= r * r
}
