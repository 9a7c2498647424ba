#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server for the reminder tests (aiosmtpd, Debian's python3-aiosmtpd).

    smtpsink.py FOLDER USER PASSWORD

Listens on a free loopback port, prints "PORT <n>" on one line once it accepts connections, and runs until its
standard input is closed (or it is terminated). It requires AUTH (PLAIN or LOGIN) with USER and PASSWORD, without
TLS (loopback only). It refuses any recipient at a domain ending in ".invalid" with 550. Each message received is
written to FOLDER as NNNN.eml (the bytes as received) and NNNN.json: the envelope's sender and recipients, and
the subject, To and body as Python's e-mail parser decodes them (so the test checks the RFC 2047 encoding with a
decoder that is not BrandDesk's own).
"""
import email
import email.policy
import json
import os
import socket
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().rstrip(">").endswith(".invalid"):
            return "550 5.1.1 <%s>: no such mailbox here" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, "%04d" % self.count)
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "to": str(message["to"]),
            "from": str(message["from"]),
            "date": str(message["date"]),
            "message_id": str(message["message-id"]),
            "charset": body.get_content_charset() if body else "",
            "body": body.get_content() if body else "",
        }
        with open(base + ".eml", "wb") as out:
            out.write(raw)
        with open(base + ".json.part", "w", encoding="utf-8") as out:
            json.dump(record, out, ensure_ascii=False)
        os.replace(base + ".json.part", base + ".json")
        return "250 2.0.0 Message accepted"


def main():
    folder, user, password = sys.argv[1], sys.argv[2], sys.argv[3]

    def authenticate(server, session, envelope, mechanism, auth_data):
        if (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user
                and auth_data.password.decode() == password):
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=port, authenticator=authenticate,
                            auth_required=True, auth_require_tls=False)
    controller.start()
    print("PORT %d" % port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
