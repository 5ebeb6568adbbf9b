module Tamarind
  VERSION = "4.1.1"
end
