Gem::Specification.new do |spec|
  spec.name    = "tamarind-contrib"
  spec.version = "4.1.1"
  spec.summary = "Community extensions for Tamarind"
  spec.license = "MIT"
end
