"""What other apps may hear from the TIP data: placements that changed, with their reason.

`placements_changed` is sent inside the transaction that changed the data (an import applied,
the bundled dataset reloaded, an admin edit), so a receiver's own writes commit or roll back
with the change. It carries a `PlacementEvent` (see `tipwatch.tip.services.placement_events`).
"""

from django.dispatch import Signal

placements_changed = Signal()
