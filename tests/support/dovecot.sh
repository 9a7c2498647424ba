#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 BrandDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts and stops a throwaway Dovecot IMAP server for the mail tests (package dovecot-imapd).
#   dovecot.sh start STATE_DIR          a server of its own: configuration, mailbox and logs in a fresh
#                                       /tmp/branddesk-dovecot.XXXXXX (path kept in STATE_DIR/datadir; readable by
#                                       Dovecot's own users, which STATE_DIR may not be), plain IMAP on a free
#                                       127.0.0.1 port, one user from a passwd-file; writes STATE_DIR/connection
#                                       ("port user password")
#   dovecot.sh deliver STATE_DIR FILE   puts the raw message FILE into the user's INBOX (a new Maildir file)
#   dovecot.sh stop STATE_DIR           stops it and deletes its data (no error if nothing is running)
# As root (CI) the mailbox belongs to the system user branddesk-mail, created if missing: Dovecot will not
# serve mail as root. Otherwise everything runs as the current user.
set -euo pipefail

readonly MAIL_USER=branddesk-mail
readonly IMAP_USER=office
readonly IMAP_PASSWORD='report-inbox-2009'

die() {
    echo "dovecot.sh: $*" >&2
    exit 1
}

[ $# -ge 2 ] && [ -n "$2" ] || die "usage: $0 start|deliver|stop STATE_DIR [FILE]"
action=$1
statedir=$(realpath -m "$2")
state=$(cat "$statedir/datadir" 2>/dev/null || true)
case $state in /tmp/branddesk-dovecot.*) ;; *) state= ;; esac
conf=$state/dovecot.conf

owner_of_mail() {
    if [ "$(id -u)" -eq 0 ]; then
        if ! id -u "$MAIL_USER" >/dev/null 2>&1; then
            useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$MAIL_USER" ||
                id -u "$MAIL_USER" >/dev/null 2>&1 || die "cannot create the system user $MAIL_USER"
        fi
        echo "$MAIL_USER"
    else
        id -un
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

case $action in
start)
    command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || die "dovecot is not installed (dovecot-imapd)"
    dovecot_bin=$(command -v dovecot || echo /usr/sbin/dovecot)
    mkdir -p "$statedir"
    state=$(mktemp -d /tmp/branddesk-dovecot.XXXXXX)
    chmod 755 "$state"
    conf=$state/dovecot.conf
    echo "$state" >"$statedir/datadir"
    user=$(owner_of_mail)
    uid=$(id -u "$user")
    gid=$(id -g "$user")
    if [ "$(id -u)" -eq 0 ]; then
        internal=dovecot
        login=dovenull
    else
        internal=$(id -un)
        login=$(id -un)
    fi
    home=$state/home/$IMAP_USER
    mkdir -p "$home/Maildir/new" "$home/Maildir/cur" "$home/Maildir/tmp" "$state/run" "$state/state"
    chown -R "$uid:$gid" "$state/home"
    echo "$IMAP_USER:{PLAIN}$IMAP_PASSWORD" >"$state/passwd"
    chmod 644 "$state/passwd"
    port=$(free_port)
    cat >"$conf" <<CONF
base_dir = $state/run
state_dir = $state/state
log_path = $state/dovecot.log
info_log_path = $state/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = $internal
default_internal_group = $(id -gn "$internal")
default_login_user = $login
first_valid_uid = $uid
last_valid_uid = 0
first_valid_gid = 0
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $state/passwd
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$state/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
CONF
    "$dovecot_bin" -c "$conf" || die "dovecot did not start; see $state/dovecot.log"
    for _ in $(seq 1 100); do
        if python3 -c "import socket,sys; s=socket.create_connection(('127.0.0.1', $port), 0.2); sys.exit(0 if s.recv(100).startswith(b'* OK') else 1)" 2>/dev/null; then
            echo "$port $IMAP_USER $IMAP_PASSWORD" >"$statedir/connection"
            exit 0
        fi
        sleep 0.1
    done
    die "dovecot does not answer on port $port; see $state/dovecot.log"
    ;;
deliver)
    [ $# -eq 3 ] || die "usage: $0 deliver STATE_DIR FILE"
    [ -n "$state" ] || die "no server in $statedir (start first)"
    maildir=$state/home/$IMAP_USER/Maildir
    [ -d "$maildir/new" ] || die "no mailbox in $state (start first)"
    name="$(date +%s).M$RANDOM$RANDOM.branddesk-test"
    cp "$3" "$maildir/tmp/$name"
    chown --reference="$maildir" "$maildir/tmp/$name"
    mv "$maildir/tmp/$name" "$maildir/new/$name"
    ;;
stop)
    [ -n "$state" ] || exit 0
    if [ -f "$state/run/master.pid" ]; then
        pid=$(cat "$state/run/master.pid")
        if [ -f "$conf" ]; then
            doveadm -c "$conf" stop >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
        else
            kill "$pid" 2>/dev/null || true
        fi
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$state" "$statedir/datadir" "$statedir/connection"
    ;;
*)
    die "usage: $0 start|deliver|stop STATE_DIR [FILE]"
    ;;
esac
