# hoso's image, for the api and worker services of docker-compose.yml.
#   docker build -t hoso .
FROM python:3.11-slim-bookworm

# tesseract with the Vietnamese model reads the pages; poppler rasterises PDFs; the fonts
# render Vietnamese text in generated pages and exports.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng tesseract-ocr-osd \
        poppler-utils fonts-noto-core fonts-croscore \
    && rm -rf /var/lib/apt/lists/*

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# Dependencies first, from the metadata alone, so editing code does not reinstall them.
COPY pyproject.toml README.md ./
RUN mkdir -p hoso && touch hoso/__init__.py \
    && pip install '.[production]' \
    && pip uninstall -y hoso && rm -rf hoso build
COPY . .
RUN pip install --no-deps '.[production]'

RUN useradd --system --create-home --home-dir /home/hoso hoso \
    && mkdir -p /data && chown hoso /data
USER hoso
ENV HOSO_HOME=/data
VOLUME ["/data"]
EXPOSE 8000

ENTRYPOINT ["hoso"]
CMD ["--help"]
