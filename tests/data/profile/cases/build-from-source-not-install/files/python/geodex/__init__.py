from ._core import KDTree, RTree
