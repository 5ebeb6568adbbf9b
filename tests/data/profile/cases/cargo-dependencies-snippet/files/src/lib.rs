pub fn parse(_s: &str) {}
