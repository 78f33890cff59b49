# syntax=docker/dockerfile:1
# The API as a container: built with the .NET 10 SDK, run on the ASP.NET Core 10 runtime.
# docker-compose.yml builds it and points it at Neo4j; `docker build -t innovation-network .` builds it alone.

# Node.js for the GraphiQL bundle: the Api project runs `npm ci` and `vite build` while it builds (see
# InnovationNetwork.Api.csproj), and Vite 7 needs Node 20.19+ or 22.12+, newer than the distribution packages
# of the SDK image. The official Node image's binaries are copied into the SDK stage instead.
FROM node:22-bookworm-slim AS node

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s /usr/local/lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version
WORKDIR /src

# Restore first, from the project files alone, so the package layer is reused while only code changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/InnovationNetwork.Core/InnovationNetwork.Core.csproj src/InnovationNetwork.Core/
COPY src/InnovationNetwork.GraphQL/InnovationNetwork.GraphQL.csproj src/InnovationNetwork.GraphQL/
COPY src/InnovationNetwork.Search/InnovationNetwork.Search.csproj src/InnovationNetwork.Search/
COPY src/InnovationNetwork.Storage.Sqlite/InnovationNetwork.Storage.Sqlite.csproj src/InnovationNetwork.Storage.Sqlite/
COPY src/InnovationNetwork.Storage.Neo4j/InnovationNetwork.Storage.Neo4j.csproj src/InnovationNetwork.Storage.Neo4j/
COPY src/InnovationNetwork.Api/InnovationNetwork.Api.csproj src/InnovationNetwork.Api/
RUN dotnet restore src/InnovationNetwork.Api/InnovationNetwork.Api.csproj

# The GraphiQL app's packages, also in a layer of their own (the build's npm ci finds them in place).
COPY src/InnovationNetwork.Api/GraphiQL/app/package.json src/InnovationNetwork.Api/GraphiQL/app/package-lock.json src/InnovationNetwork.Api/GraphiQL/app/
RUN cd src/InnovationNetwork.Api/GraphiQL/app && npm ci --no-audit --no-fund

COPY src/ src/
RUN dotnet publish src/InnovationNetwork.Api/InnovationNetwork.Api.csproj -c Release --no-restore -o /app \
 && test -f /app/wwwroot/graphiql/index.html

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The curated North East seed, written into an empty store at first start.
COPY seed/ /app/seed/
ENV Urls=http://+:8080 \
    Seed__Directory=/app/seed \
    Store__DataDirectory=/data
EXPOSE 8080
# The runtime image's non-root user; /data (the SQLite store, when Store__Kind=Sqlite) must be writable by it.
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID
ENTRYPOINT ["dotnet", "InnovationNetwork.Api.dll"]
