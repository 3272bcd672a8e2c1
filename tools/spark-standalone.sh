#!/usr/bin/env bash
# A Spark standalone cluster on this machine, for trying `--runner spark` and for `golive bench --spark-master`:
# a master and N workers on 127.0.0.1, with a SPARK_HOME assembled from the Spark jars Maven resolved for the build
# (target/spark-classpath.txt, written by `mvn package`). A real cluster has its own Spark installation instead.
#   tools/spark-standalone.sh start [WORKERS=2] [CORES_PER_WORKER=1] [WORKER_MEMORY=2g]   -> prints the master URL
#   tools/spark-standalone.sh stop
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
run="$here/target/spark-standalone"
home="$here/target/spark-dist"
port="${SPARK_MASTER_PORT:-7077}"
java_opts=(--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED)
export SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13 SPARK_HOME="$home"

case "${1:-}" in
  start)
    workers="${2:-2}"; cores="${3:-1}"; memory="${4:-2g}"
    if [ ! -s "$here/target/spark-classpath.txt" ]; then
      (cd "$here" && mvn -B -q -DskipTests -Dspotless.check.skip=true package) >&2
    fi
    mkdir -p "$home/jars" "$run"
    tr ':' '\n' < "$here/target/spark-classpath.txt" | while read -r jar; do
      [ -n "$jar" ] && ln -sf "$jar" "$home/jars/$(basename "$jar")"
    done
    java -Xmx512m "${java_opts[@]}" -cp "$home/jars/*" org.apache.spark.deploy.master.Master \
      --host 127.0.0.1 --port "$port" --webui-port 8080 > "$run/master.log" 2>&1 &
    echo $! > "$run/master.pid"
    for _ in $(seq 1 100); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
      sleep 0.2
    done
    for i in $(seq 1 "$workers"); do
      mkdir -p "$run/worker-$i"
      java -Xmx256m "${java_opts[@]}" -cp "$home/jars/*" org.apache.spark.deploy.worker.Worker \
        --host 127.0.0.1 --cores "$cores" --memory "$memory" --webui-port $((8080 + i)) \
        --work-dir "$run/worker-$i" "spark://127.0.0.1:$port" > "$run/worker-$i.log" 2>&1 &
      echo $! > "$run/worker-$i.pid"
    done
    echo "spark://127.0.0.1:$port"
    ;;
  stop)
    for f in "$run"/*.pid; do
      [ -e "$f" ] || continue
      pid="$(cat "$f")"
      pkill -P "$pid" 2>/dev/null || true   # the worker's executors
      kill "$pid" 2>/dev/null || true
      rm -f "$f"
    done
    ;;
  *)
    echo "usage: $0 start [WORKERS] [CORES_PER_WORKER] [WORKER_MEMORY] | stop" >&2
    exit 2
    ;;
esac
