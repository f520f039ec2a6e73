# The app image for docker-compose.yml: builds the web app, ingests the bundled articles, serves.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
EXPOSE 8080
CMD ["npx", "tsx", "cli/diplograph.ts", "serve", "--ingest", "data/articles"]
