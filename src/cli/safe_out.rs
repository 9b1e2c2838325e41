//! What the command line prints never drives the terminal: control
//! characters (C0 and C1, but newline, tab and carriage return) become
//! U+FFFD « � » on their way out, whatever printed them: a scenario's
//! text, a file name, an error from the system.

use std::io::{self, Write};

/// The replacement, visible and harmless.
const REPLACEMENT: &[u8] = "\u{FFFD}".as_bytes();

/// A writer that passes UTF-8 through with its control characters
/// replaced. A C1 control is two bytes in UTF-8 (0xC2, then 0x80–0x9F),
/// and the two may come in two writes: the first is held until the next.
pub struct SafeOut<W: Write> {
    inner: W,
    held_c2: bool,
}

impl<W: Write> SafeOut<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> SafeOut<W> {
        SafeOut {
            inner,
            held_c2: false,
        }
    }
}

impl<W: Write> Write for SafeOut<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut clean = Vec::with_capacity(buf.len() + 2);
        for &b in buf {
            if std::mem::take(&mut self.held_c2) {
                if (0x80..=0x9F).contains(&b) {
                    clean.extend_from_slice(REPLACEMENT);
                    continue;
                }
                clean.push(0xC2);
            }
            match b {
                0xC2 => self.held_c2 = true,
                b'\n' | b'\t' | b'\r' => clean.push(b),
                0x00..=0x1F | 0x7F => clean.extend_from_slice(REPLACEMENT),
                _ => clean.push(b),
            }
        }
        self.inner.write_all(&clean)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if std::mem::take(&mut self.held_c2) {
            self.inner.write_all(&[0xC2])?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for SafeOut<W> {
    fn drop(&mut self) {
        // A lone 0xC2 at the very end is not a control: give it back.
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(parts: &[&[u8]]) -> String {
        let mut out = SafeOut::new(Vec::new());
        for p in parts {
            out.write_all(p).unwrap_or_default();
        }
        out.flush().unwrap_or_default();
        String::from_utf8_lossy(&out.inner).into_owned()
    }

    #[test]
    fn escapes_and_c1_controls_are_replaced_text_is_kept() {
        // Set the title (OSC 0), clear the screen, write to the clipboard
        // (OSC 52), a C1 CSI split across two writes.
        let text = "Titre\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7}é\u{9b}";
        let (a, b) = text.as_bytes().split_at(text.len() - 1);
        let out = cleaned(&[a, b]);
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
        assert!(out.starts_with("Titre\u{FFFD}]0;pwned"), "{out:?}");
        assert!(out.contains('é'), "{out:?}");
        assert_eq!(
            cleaned(&["Léa : « oui »\n\tfin".as_bytes()]),
            "Léa : « oui »\n\tfin"
        );
    }
}
