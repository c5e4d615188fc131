# PodLab as a container: the official nginx image serving the built site (dist/) with the shipped
# server block, deploy/nginx/podlab.conf (its Content-Security-Policy includes this build's script
# hashes from dist/_podlab/csp-hashes.conf). The site is built outside the image, so building the
# image needs nothing but the nginx base image:
#
#   npm ci && npm run build
#   docker build -t podlab .
#   docker run --rm -p 8080:80 podlab          # then open http://localhost:8080/
#
# A site built with base: '/onboarding/k8s/' in podlab.config.ts goes under that folder:
#   docker build --build-arg BASE_PATH=/onboarding/k8s/ -t podlab .
FROM nginx:1.28-alpine

ARG BASE_PATH=/

# The server block replaces the image's default site; it reads the hashes from /srv/podlab/dist/_podlab.
RUN rm /etc/nginx/conf.d/default.conf
COPY deploy/nginx/podlab.conf /etc/nginx/conf.d/podlab.conf
COPY dist/_podlab/ /srv/podlab/dist/_podlab/
COPY dist/ /srv/podlab/dist${BASE_PATH}

EXPOSE 80
