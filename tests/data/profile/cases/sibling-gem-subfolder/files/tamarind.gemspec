require_relative "lib/tamarind/version"

Gem::Specification.new do |spec|
  spec.name        = "tamarind"
  spec.version     = Tamarind::VERSION
  spec.summary     = "A small DSL for writing web applications in Ruby"
  spec.description = "Tamarind is a DSL for quickly creating web applications in Ruby with minimal effort."
  spec.authors     = ["The Tamarind team"]
  spec.license     = "MIT"
  spec.files       = Dir["lib/**/*.rb"]
  spec.required_ruby_version = ">= 2.7.8"

  spec.add_dependency "rack", ">= 3.0"
  spec.add_dependency "tamarind-protection", Tamarind::VERSION
end
