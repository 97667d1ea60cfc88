-- The public URLs of the cluster scenario, requested in turn by every wrk connection, as a
-- browser would (gzip accepted) and under the site's host name.
local paths = {
  "/",
  "/news/",
  "/about/",
  "/join/",
  "/countries/PER/",
  "/compare/?year=2015&group=latin-america",
  "/reports/2015/",
  "/explorer/",
  "/api/v1/placements?year=2015",
  "/api/v1/countries/PER",
  "/downloads/placements.csv",
  "/search/?q=peru",
  "/news/feed/rss/",
  "/healthz",
}
local n = 0
wrk.headers["Host"] = "tipwatch.test"
wrk.headers["Accept-Encoding"] = "gzip"

request = function()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
