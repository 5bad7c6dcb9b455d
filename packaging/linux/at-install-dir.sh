#!/usr/bin/env bash
# at-install-dir.sh IMAGE COMMAND...: runs COMMAND with the app image IMAGE seen at /opt/canopy, where the .deb
# installs it, in a private mount namespace (root only; nothing outside this one process sees the mounts). The
# class-data archive records its jars' paths (JDK 17 cannot move them), so the .deb's archive is made there.
set -euo pipefail
image=$(cd "$1" && pwd)
shift
exec unshare --mount --propagation private bash -c '
  mount -t tmpfs tmpfs /opt && mkdir /opt/canopy && mount --bind "$0" /opt/canopy && exec "$@"' "$image" "$@"
