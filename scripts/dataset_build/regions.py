"""The regional groups the dataset offers, and the names of State's regional bureaus."""

# fmt: off
LATIN_AMERICA = (
    "ARG", "BOL", "BRA", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "SLV",
    "GTM", "HTI", "HND", "MEX", "NIC", "PAN", "PRY", "PER", "URY", "VEN",
)
SOUTH_AMERICA = ("ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN")
CENTRAL_AMERICA = ("BLZ", "CRI", "SLV", "GTM", "HND", "NIC", "PAN")
CARIBBEAN = (
    "ATG", "BHS", "BRB", "CUB", "DMA", "DOM", "GRD", "HTI", "JAM", "KNA", "LCA", "VCT", "TTO",
)
# fmt: on

BUREAU_NAMES = {
    "AF": "Bureau of African Affairs",
    "EAP": "Bureau of East Asian and Pacific Affairs",
    "EUR": "Bureau of European and Eurasian Affairs",
    "NEA": "Bureau of Near Eastern Affairs",
    "SCA": "Bureau of South and Central Asian Affairs",
    "WHA": "Bureau of Western Hemisphere Affairs",
}
