# PodLab as a container: the official nginx image serving the built site (dist/) with the site's
# nginx config (deploy/nginx/podlab.conf, the same headers as every other host). The site is built
# outside the image, so building the image needs nothing but the nginx base image:
#
#   npm ci && npm run build
#   docker build -t podlab .
#   docker run --rm -p 8080:8080 podlab        # then open http://localhost:8080/
#
# A site built with base: '/onboarding/k8s/' in podlab.config.ts is copied under that folder:
#   docker build --build-arg BASE_PATH=/onboarding/k8s/ -t podlab .
FROM nginx:1.28-alpine

ARG BASE_PATH=/

COPY deploy/nginx/podlab.conf /etc/nginx/conf.d/default.conf
COPY dist/ /usr/share/nginx/html${BASE_PATH}

EXPOSE 8080
