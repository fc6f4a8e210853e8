#!/usr/bin/env bash
# Make sure the services the tests use run on 127.0.0.1: PostgreSQL (5432) and
# Redis (6379). Each is installed from Debian's packages when missing and
# started when it is not running; a running one is left alone.
set -euo pipefail

apt_install() {
  echo "Installing $* from Debian packages..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

postgresql() {
  pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && return 0
  command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && return 0
    sleep 1
  done
  echo "PostgreSQL did not start on 127.0.0.1:5432" >&2
  return 1
}

redis() {
  redis_up && return 0
  command -v redis-server >/dev/null 2>&1 || apt_install redis-server
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/portal-tests.log
  for _ in $(seq 1 30); do
    redis_up && return 0
    sleep 1
  done
  echo "Redis did not start on 127.0.0.1:6379" >&2
  return 1
}

redis_up() {
  if command -v redis-cli >/dev/null 2>&1; then
    [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = "PONG" ]
  else
    (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null
  fi
}

postgresql
redis
