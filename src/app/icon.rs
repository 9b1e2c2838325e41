//! The window icon: the project's SVG (`assets/icon/entretien.svg`, also
//! the Linux package's icon), drawn to a PNG by `scripts/make-icon.sh` and
//! built into the binary, so that the window has it wherever the binary is.

/// The icon as PNG bytes.
const PNG: &[u8] = include_bytes!("../../assets/icon/entretien-256.png");

/// The decoded icon; the platform's default should the PNG not decode.
pub fn icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(PNG).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_png_decodes_to_a_square_icon() {
        let icon = eframe::icon_data::from_png_bytes(super::PNG).expect("the icon decodes");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }
}
