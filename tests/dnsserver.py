"""A tiny authoritative DNS server on loopback for tests (dnspython + socketserver).

Records are a dict {(name, type): [rdata text, ...]}; tests add their own zones.
Names not present at all answer NXDOMAIN; present names without the type answer
NOERROR with no records (dnspython's NoAnswer). ``sign`` gives a name a real DNSSEC key
(Ed25519), signs its key set and publishes a DS, so posture checks validate actual
signatures; RRSIGs are sent only to queries with the DNSSEC OK bit, as servers do.
"""

from __future__ import annotations

import socketserver
import threading
import time

import dns.dnssec
import dns.flags
import dns.message
import dns.rcode
import dns.rrset

Records = dict[tuple[str, str], list[str]]


class _Handler(socketserver.BaseRequestHandler):
    server: LoopbackDNS

    def handle(self) -> None:
        data, sock = self.request
        query = dns.message.from_wire(data)
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        for question in query.question:
            name = question.name.to_text().lower()
            rdtype = dns.rdatatype.to_text(question.rdtype)
            texts = self.server.records.get((name, rdtype))
            if texts:
                response.answer.append(dns.rrset.from_text_list(name, 300, "IN", rdtype, texts))
                sigs = self.server.signatures.get((name, rdtype))
                if sigs and query.ednsflags & dns.flags.DO:
                    response.answer.append(dns.rrset.from_rdata_list(name, 300, sigs))
            elif not any(key[0] == name for key in self.server.records):
                response.set_rcode(dns.rcode.NXDOMAIN)
        sock.sendto(response.to_wire(), self.client_address)


class LoopbackDNS(socketserver.ThreadingUDPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.records: Records = {}
        self.signatures: dict[tuple[str, str], list[dns.rdata.Rdata]] = {}
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"

    def add(self, name: str, rdtype: str, *texts: str) -> None:
        key = (name.lower().rstrip(".") + ".", rdtype.upper())
        self.records.setdefault(key, []).extend(texts)

    def sign(
        self, zone: str, *, ds: str = "match", expired: bool = False, unsigned: bool = False
    ) -> None:
        """Publish a DNSKEY for ``zone`` with its RRSIG (valid for a day, or one that
        expired yesterday) and a DS: ``ds`` is 'match', 'none' or 'wrong' (the digest
        of another key). ``unsigned`` publishes the key without any signature."""
        from cryptography.hazmat.primitives.asymmetric import ed25519

        name = zone.lower().rstrip(".") + "."
        key = ed25519.Ed25519PrivateKey.generate()
        dnskey = dns.dnssec.make_dnskey(key.public_key(), "ED25519", flags=257)
        self.add(name, "DNSKEY", dnskey.to_text())
        if not unsigned:
            now = time.time() - (2 * 86400 if expired else 60)
            rrset = dns.rrset.from_rdata(name, 300, dnskey)
            sig = dns.dnssec.sign(
                rrset, key, dns.name.from_text(name), dnskey, inception=now, lifetime=86400
            )
            self.signatures[(name, "DNSKEY")] = [sig]
        if ds != "none":
            other = ed25519.Ed25519PrivateKey.generate().public_key()
            digest_of = dnskey if ds == "match" else dns.dnssec.make_dnskey(other, "ED25519")
            self.add(name, "DS", dns.dnssec.make_ds(name, digest_of, "SHA256").to_text())

    def start(self) -> LoopbackDNS:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
