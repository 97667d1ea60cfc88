"""Health endpoints for load balancers, service managers and monitoring."""

from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .health import readiness


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness: the process answers requests. Touches neither the database nor the cache, so a
    database outage never makes a supervisor restart every app server at once."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness: the database answers, the shared cache answers and the schema is migrated.
    503 with the failed checks named when not, so a load balancer takes this server out."""
    failed, outcomes = readiness()
    body = {"status": "unavailable" if failed else "ok", "failed": failed, "checks": outcomes}
    return JsonResponse(body, status=503 if failed else 200)
