//! Stamps the build date into the binary (`entretien --version`, the
//! settings' credits), so a trainer can say which build they run. A
//! reproducible build sets `SOURCE_DATE_EPOCH`, and that date is used.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    let date = now.strftime("%Y-%m-%d");
    println!("cargo:rustc-env=ENTRETIEN_BUILD_DATE={date}");
}
