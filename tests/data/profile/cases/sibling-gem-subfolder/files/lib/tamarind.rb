module Tamarind; end
