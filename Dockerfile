# Netralitas ASN API: container image for production (MySQL 8 / MariaDB 10.11+ build).
#
#   docker build -t netralitas-asn-api:1.0.0 .
#
# Runtime configuration comes from environment variables (see src/main/resources/application.properties
# and docs/deployment.md). MP_JWT_VERIFY_PUBLICKEY_LOCATION must be set: the service refuses to
# start with the dev-only verification key committed in the repository.

# ---------------------------------------------------------------- stage 1: build
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Maven wrapper and POM first, so that the dependency layer below is rebuilt only when they change.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
# resolve-plugins fetches the Maven plugins, quarkus:go-offline the dependencies including the
# Quarkus deployment artifacts, so that `package` below needs nothing more from the network.
# (dependency:go-offline is not used: it ignores the POM's exclusion of quarkus-flyway-mysql,
# whose parent POM cannot be resolved.)
RUN chmod +x mvnw \
    && ./mvnw -B -ntp -Pmysql dependency:resolve-plugins quarkus:go-offline

COPY src/ src/
# openapi/ is read by the test suite only; copied so that the tree matches the repository.
COPY openapi/ openapi/
# Tests are skipped here on purpose: they run in CI (.ci/run, on H2 and on MariaDB/MySQL), and
# the image build has no database to run the -Pmysql suite against.
RUN ./mvnw -B -ntp package -Pmysql -DskipTests

# ---------------------------------------------------------------- stage 2: runtime
FROM eclipse-temurin:17-jre

# Fixed numeric UID/GID, so that Kubernetes can check runAsNonRoot / runAsUser: 185.
RUN groupadd --system --gid 185 netralitas \
    && useradd --system --uid 185 --gid 185 --no-create-home --home-dir /deployments \
       --shell /usr/sbin/nologin netralitas

WORKDIR /deployments
# Quarkus fast-jar, in the layering order Quarkus recommends: dependencies change least often,
# the application classes most often. The files stay owned by root (read-only for the service).
COPY --from=build /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build /build/target/quarkus-app/*.jar /deployments/
COPY --from=build /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build /build/target/quarkus-app/quarkus/ /deployments/quarkus/

# JAVA_OPTS replaces these defaults; JAVA_OPTS_APPEND adds to them. SerialGC is what the JVM
# chooses by itself in a container of less than 1792 MB; it is named here so that the choice does
# not depend on the limit (G1 keeps about 60 MB more resident at idle: see docs/deployment.md).
ENV JAVA_OPTS="-XX:+UseSerialGC -XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dquarkus.http.host=0.0.0.0" \
    JAVA_OPTS_APPEND=""

USER 185
# 8080: the API. 9000: the management interface (/q/health/*, /q/metrics; MANAGEMENT_PORT), for the
# probes and Prometheus only: never route it to the public.
EXPOSE 8080 9000

# For plain Docker / Compose; Kubernetes ignores this and uses the probes in k8s/base. Needs neither
# curl nor wget: bash's /dev/tcp sends the request, and any status other than 200 is unhealthy. The
# health checks answer on the management port (9000 unless MANAGEMENT_PORT says otherwise).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_PORT:-9000} && printf 'GET /q/health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# sh only expands JAVA_OPTS; exec replaces it with java, which then runs as PID 1 and receives SIGTERM.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar \"$@\"", "quarkus-run"]
