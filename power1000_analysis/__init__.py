"""power1000: your own social-media exports → pandas frames and networkx graphs.

Example
-------
>>> import power1000_analysis as p1k
>>> net = p1k.load("data/sample")  # doctest: +SKIP
>>> net.contacts.groupby("platform").size()  # doctest: +SKIP
"""

from power1000_analysis.loaders import ExportFormatError, discover
from power1000_analysis.network import Network, load
from power1000_analysis.schema import Estimate

__all__ = ["Estimate", "ExportFormatError", "Network", "discover", "load"]
__version__ = "0.1.0"
