Gem::Specification.new do |spec|
  spec.name        = "tamarind-protection"
  spec.version     = "4.1.1"
  spec.summary     = "Protects Rack applications against typical web attacks"
  spec.license     = "MIT"
  spec.add_dependency "rack", ">= 3.0"
end
