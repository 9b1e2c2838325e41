//! A report's HTML page printed to PDF by headless Chromium (Debian's
//! `chromium`, or Chrome), when one is installed; otherwise a clear
//! message saying how to get one, or to print the HTML from a browser.
//! Files are written whole or not at all (a temporary file, renamed).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::scenario::Lang;

/// The browsers tried, in order.
const BROWSERS: [&str; 4] = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];

/// How long a print may take before it is given up (a first start of
/// Chromium takes a few seconds).
const PRINT_TIMEOUT: Duration = Duration::from_secs(90);

/// Why a report could not be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    /// No Chromium to print the PDF with.
    #[error(
        "no Chromium found to make the PDF: install Debian's \"chromium\" package (sudo apt install chromium), or write the report as HTML (--format html), open it in a browser and print it to PDF"
    )]
    NoChromium,
    /// Chromium ran but made no PDF.
    #[error("Chromium did not make the PDF: {0}")]
    Chromium(String),
    /// The file cannot be written.
    #[error("cannot write {path}: {detail}")]
    Write {
        /// The file.
        path: String,
        /// Why.
        detail: String,
    },
}

impl ReportError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (ReportError::NoChromium, Lang::Fr) => {
                "aucun Chromium trouvé pour faire le PDF\u{202F}: \
                installez le paquet Debian «\u{202F}chromium\u{202F}» (sudo apt install chromium), \
                ou écrivez le rapport en HTML (--format html), ouvrez-le dans un navigateur et \
                imprimez-le en PDF."
                    .to_owned()
            }
            (ReportError::Chromium(why), Lang::Fr) => {
                format!("Chromium n'a pas fait le PDF\u{202F}: {why}")
            }
            (ReportError::Write { path, detail }, Lang::Fr) => {
                format!("impossible d'écrire {path}\u{202F}: {detail}")
            }
        }
    }
}

/// The first browser of [`BROWSERS`] on the `PATH`.
pub fn find_chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    BROWSERS.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// Writes `bytes` to `path` through a temporary file beside it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
    let mut tmp = temp_beside(path)?;
    let fail = write_error(path);
    tmp.write_all(bytes).map_err(|e| fail(e.to_string()))?;
    tmp.as_file().sync_all().map_err(|e| fail(e.to_string()))?;
    tmp.persist(path).map_err(|e| fail(e.error.to_string()))?;
    Ok(())
}

fn write_error(path: &Path) -> impl Fn(String) -> ReportError + '_ {
    move |detail| ReportError::Write {
        path: path.display().to_string(),
        detail,
    }
}

/// A temporary file in `path`'s folder (a rename never crosses disks).
fn temp_beside(path: &Path) -> Result<tempfile::NamedTempFile, ReportError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    tempfile::Builder::new()
        .prefix(".entretien-report-")
        .tempfile_in(dir)
        .map_err(|e| write_error(path)(e.to_string()))
}

/// Prints the page `html` to the PDF `out` with headless Chromium.
pub fn print(html: &str, out: &Path) -> Result<(), ReportError> {
    let browser = find_chromium().ok_or(ReportError::NoChromium)?;
    let fail = |e: std::io::Error| ReportError::Chromium(e.to_string());
    // Its own profile: no lock shared with an open browser, nothing kept.
    let work = tempfile::tempdir().map_err(fail)?;
    let page = work.path().join("report.html");
    std::fs::write(&page, html).map_err(fail)?;
    let pdf = temp_beside(out)?;
    // Its messages go to a file: a pipe left unread could fill and stall it.
    let log_path = work.path().join("chromium.log");
    let log = std::fs::File::create(&log_path).map_err(fail)?;
    let mut child = Command::new(&browser)
        .arg("--headless")
        .arg("--no-sandbox")
        .arg("--disable-gpu")
        .arg("--no-first-run")
        .arg("--disable-dev-shm-usage")
        // No header or footer: they would print the temporary file's path.
        .arg("--no-pdf-header-footer")
        .arg(format!(
            "--user-data-dir={}",
            work.path().join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", pdf.path().display()))
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .map_err(fail)?;
    let status = wait_within(&mut child, PRINT_TIMEOUT)?;
    let made = std::fs::read(pdf.path()).unwrap_or_default();
    if !status.success() || !made.starts_with(b"%PDF") {
        let stderr = std::fs::read_to_string(&log_path).unwrap_or_default();
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty());
        let why = format!(
            "{} ({status}) {}",
            browser.display(),
            last.unwrap_or_default()
        );
        return Err(ReportError::Chromium(why.trim().to_owned()));
    }
    pdf.persist(out)
        .map_err(|e| write_error(out)(e.error.to_string()))?;
    Ok(())
}

/// The child's exit, or an error (and the child killed) after `limit`.
fn wait_within(
    child: &mut std::process::Child,
    limit: Duration,
) -> Result<std::process::ExitStatus, ReportError> {
    let deadline = Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status),
            Ok(None) if Instant::now() < deadline => {
                // Polling: std offers no wait with a timeout.
                std::thread::sleep(Duration::from_millis(50));
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                let why = format!("no PDF after {} s", limit.as_secs());
                return Err(ReportError::Chromium(why));
            }
            Err(e) => return Err(ReportError::Chromium(e.to_string())),
        }
    }
}
