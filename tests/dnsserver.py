"""A tiny authoritative DNS server on loopback for tests (dnspython + socketserver).

Records are a dict {(name, type): [rdata text, ...]}; tests add their own zones.
Names not present at all answer NXDOMAIN; present names without the type answer
NOERROR with no records (dnspython's NoAnswer).
"""

from __future__ import annotations

import socketserver
import threading

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
            elif not any(key[0] == name for key in self.server.records):
                response.set_rcode(dns.rcode.NXDOMAIN)
        sock.sendto(response.to_wire(), self.client_address)


class LoopbackDNS(socketserver.ThreadingUDPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.records: Records = {}
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"

    def add(self, name: str, rdtype: str, *texts: str) -> None:
        key = (name.lower().rstrip(".") + ".", rdtype.upper())
        self.records.setdefault(key, []).extend(texts)

    def start(self) -> LoopbackDNS:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
