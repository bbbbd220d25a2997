#!/bin/sh
# Starts the packaged WildFly server (target/aqea-extractor-wildfly.zip) in the foreground, configured by the
# environment variables of the README's configuration table, as java -jar target/aqea-extractor.jar is on Liberty.
# WildFly's application realm reads its users from files: they are written here at every start from
# AQEA_ADMIN_PASSWORD and AQEA_READER_PASSWORD, hashed as bin/add-user.sh hashes them, so that the passwords live in
# the environment only and a changed password takes effect with the next start. SIGTERM (systemctl stop) suspends
# the server before it stops: requests in flight finish, running jobs stop and are restarted after the next start.
set -eu
home=$(cd "$(dirname "$0")/.." && pwd)
configuration="$home/standalone/configuration"
realm=ApplicationRealm
admin=${AQEA_ADMIN_USER:-admin}
reader=${AQEA_READER_USER:-reader}

problems=0
for name in AQEA_ADMIN_PASSWORD AQEA_READER_PASSWORD; do
    eval "value=\${$name:-}"
    if [ -z "$value" ]; then
        echo "$name is not set: it must hold the password of a user of the application" >&2
        problems=1
    fi
done
for user in "$admin" "$reader"; do
    case "$user" in
        '' | *[!A-Za-z0-9._-]*)
            echo "user name '$user' (AQEA_ADMIN_USER, AQEA_READER_USER): allowed are letters, digits, '.', '_' and '-'" >&2
            problems=1 ;;
    esac
done
[ "$problems" = 0 ] || exit 2

# printf is the shell's own: no password appears in a process's arguments.
digest() {
    printf '%s' "$1:$realm:$2" | md5sum | cut -d ' ' -f 1
}
umask 077
{
    echo "#\$REALM_NAME=$realm\$"
    echo "$admin=$(digest "$admin" "$AQEA_ADMIN_PASSWORD")"
    echo "$reader=$(digest "$reader" "$AQEA_READER_PASSWORD")"
} > "$configuration/application-users.properties"
printf '%s=aqea-admin\n%s=aqea-reader\n' "$admin" "$reader" > "$configuration/application-roles.properties"
umask 022

# WildFly refuses an empty datasource password; the database decides whether it needs one (trust on loopback).
for name in AQEA_DB_PASSWORD AQEA_LEXICON_DB_PASSWORD; do
    eval "value=\${$name:-}"
    [ -n "$value" ] || unset "$name"
done

# In the background of standalone.sh, which relays SIGTERM to the JVM and waits for it.
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms64m -Xmx1g}"
exec "$home/bin/standalone.sh" -c standalone-aqea.xml -Dorg.wildfly.sigterm.suspend.timeout=60 "$@"
