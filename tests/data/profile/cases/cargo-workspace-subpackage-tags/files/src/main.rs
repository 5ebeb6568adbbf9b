fn main() -> anyhow::Result<()> {
    quickdiff_core::diff();
    Ok(())
}
