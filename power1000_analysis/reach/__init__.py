"""How far could a post spread? Contact graphs, fast cascades, reach against network size.

One module per topic: :mod:`.cascades`, :mod:`.contact_graph`, :mod:`.posts` (reach of a
post) and :mod:`.observed` (reach the owner's posts got); everything public is re-exported
here, so ``from power1000_analysis import reach; reach.simulate_cascades(...)`` is the API.

Pure functions (DESIGN.md §6): a Network or a networkx graph in, tidy DataFrames out, no
I/O except :func:`degree_table`, which reads the small table shipped inside the package.

**Cascades** (:func:`simulate_cascades`) follow the Independent Cascade model (Kempe,
Kleinberg & Tardos 2003): each node, once reached, gets one chance to reach each neighbour
``v`` with probability ``p(u, v)``. The reached set of a run has the same distribution as
the set of nodes reachable from the seeds over *live* arcs, each arc kept independently
with its probability (the live-edge view). On an undirected graph both arcs of an edge share
one coin: a second attempt across an edge always finds its other end reached already, so
the coin of the first attempt is the only one that matters (bond percolation). Runs are
vectorised: the live arcs of a batch of runs are drawn at once (geometric skipping, so the
work is proportional to the number of live arcs, not of all arcs), laid side by side as one
block-diagonal sparse graph, and one ``scipy.sparse.csgraph.breadth_first_order`` from a
virtual source wired to every run's seeds finds every run's reached set in one call.
:func:`node_influence` uses the same percolation samples to give every node's expected
reach at once (connected components), not one simulation per node.

**Contact graph** (:func:`build_contact_graph`) — the node and edge contract:

- nodes: ``"owner"`` (attribute ``kind="owner"``) and one node per ``person_id`` (``kind=
  "person"``) with ``name``, ``platforms``, ``status`` (active / dormant / passive, from
  :func:`~power1000_analysis.activity.contact_status`), ``score`` (decayed activity),
  ``n_interactions``, ``company`` (the newest non-empty one, or ``None``);
- owner–person edges: one per person, ``kind="owner"``, ``weight`` = activity score (0 for
  people with no interaction);
- person–person edges, ``kind="co"``: two people who appear in the same group thread of an
  export (one thread key, one platform; co-participation in group chats, people tagged or
  mentioned in the same post or comment thread), ``weight`` = number of threads they share,
  ``threads`` = up to five thread keys, for labelling. These are the only person–person ties
  the exports observe; friend lists of friends are not in any export.

**Reach curve** (:func:`reach_curve`) — a two-level branching model of one post:

1. the post is seen by your ``n`` active contacts; each shares it with probability
   ``q_i`` = ``share_probability`` × (their activity score / the mean score of active
   contacts), capped at 1: the more someone interacts with you, the likelier they pass
   your content on;
2. each sharer shows it to an audience whose size is drawn from a degree distribution
   (default: SNAP ego-Facebook, :func:`degree_table`). Each person in an audience shares
   with probability ``share_probability`` (the same rule); someone reached through a tie has
   the *excess* degree (size-biased, minus the tie they came through), which is why hubs
   matter (the friendship paradox);
3. the world holds ``population`` people mixing at random: an audience member already
   reached counts once, so reach saturates.

The mean offspring of a re-sharer is ``R = share_probability · (E[K²]/E[K] − 1)``; the
cascade past your contacts dies out when R < 1 and can take off when R > 1
(:func:`critical_share_probability`).

Example
-------
>>> import networkx as nx
>>> simulate_cascades(nx.path_graph(5), seeds=[0], p=1.0, runs=3)["reached"].tolist()
[5, 5, 5]
"""

from __future__ import annotations

from power1000_analysis.reach.cascades import (
    CascadeGraph,
    cascade_graph,
    node_influence,
    simulate_cascades,
)
from power1000_analysis.reach.contact_graph import OWNER, build_contact_graph
from power1000_analysis.reach.observed import (
    describe_observed,
    observed_reach,
    observed_reach_trend,
)
from power1000_analysis.reach.posts import (
    DEFAULT_SHARE_PROBABILITY,
    DEGREE_TABLE,
    LINEAR_TOLERANCE,
    critical_share_probability,
    degree_table,
    describe_reach_now,
    local_elasticity,
    reach_curve,
    share_curve,
    took_off,
)

__all__ = [
    "DEFAULT_SHARE_PROBABILITY",
    "DEGREE_TABLE",
    "LINEAR_TOLERANCE",
    "OWNER",
    "CascadeGraph",
    "build_contact_graph",
    "cascade_graph",
    "critical_share_probability",
    "degree_table",
    "describe_observed",
    "describe_reach_now",
    "local_elasticity",
    "node_influence",
    "observed_reach",
    "observed_reach_trend",
    "reach_curve",
    "share_curve",
    "simulate_cascades",
    "took_off",
]
