"""A blockchain's address is a wallet's, written as that chain writes it.

Tatum's "generate address private key" from a mnemonic answered three street addresses
in Melbourne and Sydney (ToolBench seed 113 #29): an `address` of a crypto API read as a
postal one. `chain_of(nouns)` names the chain an endpoint's words speak of ("bitcoin",
else "ethereum" for any other crypto word), or None; `wallet_gen(chain)` draws an address
of it: `0x` and 40 hex digits (Ethereum and the EVM chains), `bc1q` and 38 bech32
characters (Bitcoin). Drawn from the call's random stream; pure.
"""

from __future__ import annotations

from collections.abc import Iterable

from toolgen.executor.gen_context import Gen

_BITCOIN = frozenset({"bitcoin", "btc", "satoshi", "satoshis", "litecoin", "ltc"})
_CRYPTO = frozenset({"ethereum", "eth", "crypto", "cryptocurrency", "blockchain", "wallet",
                     "wallets", "erc20", "erc721", "tatum", "web3", "solana", "polygon",
                     "bsc", "tron", "nft", "nfts", "mnemonic", "xpub", "defi", "token",
                     "tokens", "coin", "coins", "ledger", "chain", "onchain", "gwei"})
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def chain_of(nouns: Iterable[str]) -> str | None:
    """The chain an endpoint's nouns speak of (module doc), or None."""
    words = set(nouns)
    if words & _BITCOIN:
        return "bitcoin"
    return "ethereum" if words & _CRYPTO else None


def wallet_gen(chain: str) -> Gen:
    """A generator of `chain`'s addresses."""
    if chain == "bitcoin":
        return lambda ctx: "bc1q" + "".join(
            _BECH32[int(ctx.rand() * len(_BECH32))] for _ in range(38))
    return lambda ctx: f"0x{ctx.bits(160):040x}"

