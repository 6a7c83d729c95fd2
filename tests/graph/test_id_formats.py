"""Another API's id never flows into an id argument of the API's own format."""

from __future__ import annotations

from toolgen.graph.build import build_graph
from toolgen.graph.id_formats import id_format_example, own_format_ids
from toolgen.records import Parameter

from .factories import INT, STR, arr, endpoint, obj, param, registry


def _shown(name: str, default: str) -> Parameter:
    p = param(name)
    return p.model_copy(update={"default": default, "has_default": True})


def _fits(*endpoints: object) -> dict[tuple[str, str, str], int]:
    graph = build_graph(registry(*endpoints))  # type: ignore[arg-type]
    return {(e.source.split("/")[1], e.target.split("/")[1], e.target_param or ""):
            graph.edge_fits[i] for i, e in enumerate(graph.edges) if e.kind == "data_flow"}


def test_an_id_example_of_a_format_of_its_own_is_read_as_one() -> None:
    for name, shown in [("productId", "B094G2J7MV"), ("video_id", "ViaBzK11EkE"),
                        ("request_id", "68bbb910-da9b-4d8a-9a1d-4bd878b19846"),
                        ("cityId", "2979783"), ("artist_id", "the-beatles"),
                        ("asin", "B08N5KWB9H")]:
        assert id_format_example(_shown(name, shown)) == shown, name
    # not an id argument, no example, or an example that is no code
    for name, shown in [("query", "B094G2J7MV"), ("product_id", "shoes"),
                        ("user_id", "me"), ("track_id", "12")]:
        assert id_format_example(_shown(name, shown)) is None, name
    assert id_format_example(param("productId")) is None
    ep = endpoint("amazon", "Get Offers", (_shown("productId", "B094G2J7MV"), param("country")))
    assert own_format_ids(ep) == frozenset({"productId"})


def test_another_apis_id_never_fills_an_id_of_the_apis_own_format() -> None:
    # ToolBench seed 7 record 000002 of main: `get_product_for_test`'s minted `prd_c4d030`
    # sent to an Amazon scraper as its `productId`, whose ids look like `B094G2J7MV`
    shop = endpoint("test", "Get Product", (), obj(product_id=STR, title=STR),
                    category="Commerce")
    amazon = endpoint("amazon", "Get Product Offers", (_shown("productId", "B094G2J7MV"),),
                      obj(name=STR), category="Commerce")
    search = endpoint("amazon", "Search Products", (param("query"),),
                      obj(results=arr(obj(productId=STR, name=STR))), category="Commerce")
    plain = endpoint("test_reviews", "Get Product Reviews", (param("product_id"),),
                     obj(rating=INT), category="Commerce")
    fits = _fits(shop, amazon, search, plain)
    assert fits.get(("test", "amazon", "productId")) in (None, 0)  # another API's id
    assert fits[("amazon", "amazon", "productId")] == 1  # the API's own search feeds it
    # an id of no format of its own, within one service (families.py)
    assert fits[("test", "test_reviews", "product_id")] == 1


def test_a_request_id_of_one_verification_api_never_fetches_from_another() -> None:
    # ToolBench seed 7 record 000062 of main: an NCVT ITI verification's request id
    # fetched from the bankruptcy verification API's `get_call` (UUID request ids)
    uuid = "68bbb910-da9b-4d8a-9a1d-4bd878b19846"
    said = "The result of a verification request, by the request id the call returned."
    ncvt, bankruptcy = (
        endpoint(tool, "Get Call", (_shown("request_id", uuid),),
                 obj(request_id=STR, status=STR), category="Database").model_copy(
                     update={"description": said})
        for tool in ("ncvt_verification", "bankruptcy_verification"))
    fits = _fits(ncvt, bankruptcy)
    # same category, both speak of requests, but two services: no id between them
    assert fits.get(("ncvt_verification", "bankruptcy_verification", "request_id")) in (None, 0)
    assert fits.get(("bankruptcy_verification", "ncvt_verification", "request_id")) in (None, 0)
