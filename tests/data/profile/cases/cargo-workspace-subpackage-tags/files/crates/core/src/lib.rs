pub fn diff() {}
