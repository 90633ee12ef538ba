# syntax=docker/dockerfile:1
# NIAP Tracker's container image: built with the Maven wrapper on JDK 17, run on a Java 25 JRE.
#   docker build -t niap-tracker .          (or: docker compose up --build, see docker-compose.yml)
# The image has no embedded PostgreSQL (the jar is built with -Pcontainer): set SPRING_DATASOURCE_URL,
# SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. See README.md, "The container image".

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY src src
COPY db db
# The jar without the embedded PostgreSQL, then its layers: libraries, Spring Boot's loader, the application.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -q -Pcontainer package -DskipTests -Djacoco.skip=true \
 && java -Djarmode=tools -jar target/niap-tracker-*.jar extract --layers --destination /extracted \
      --application-filename app.jar

FROM eclipse-temurin:25-jre
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system niap \
 && useradd --system --gid niap --home-dir /app --no-create-home --shell /usr/sbin/nologin niap
WORKDIR /app
# From the least to the most often changed, so that a new build of the code changes only the last layers.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
# The JVM settings of ./mvnw spring-boot:run and the README (pom.xml, niap.jvm.arguments). Override with -e JAVA_OPTS=…
ENV JAVA_OPTS="-XX:+UseSerialGC -Xss512k -Xms64m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UnlockExperimentalVMOptions -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=5000"
# An AOT cache (JDK 25, JEP 483/514/515) of the classes loaded and linked while the application context starts: a
# training run that needs no database (no Flyway, no schema validation, Hibernate told the dialect; the pool does
# not connect before a request) and stops once the context is refreshed. The app then starts with -XX:AOTCache.
# AOT_TRAINING_OPTS stays in the image so that scripts/container-check.sh can start the context the same way.
ENV AOT_TRAINING_OPTS="-Dspring.context.exit=onRefresh \
 -Dspring.datasource.url=jdbc:postgresql://localhost:1/training -Dspring.flyway.enabled=false \
 -Dspring.jpa.hibernate.ddl-auto=none -Dspring.session.jdbc.initialize-schema=never \
 -Dspring.session.jdbc.cleanup-cron=- \
 -Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
 -Dspring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect -Dlogging.level.root=warn"
RUN java $JAVA_OPTS -XX:AOTCacheOutput=app.aot -Xlog:aot=error $AOT_TRAINING_OPTS -jar app.jar \
 && test -s app.aot
USER niap
EXPOSE 8080
# /actuator/health is public (only health is): up when the app runs and reaches its database.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:AOTCache=app.aot -jar app.jar \"$@\"", "niap-tracker"]
