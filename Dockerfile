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
# The design's folders (ingest/, ocr/, ...) install as hoso.ingest, hoso.ocr, ... (see
# pyproject.toml), so the whole tree is needed to build the package.
COPY . .
RUN pip install '.[production]'

RUN useradd --system --create-home --home-dir /home/hoso hoso \
    && mkdir -p /data && chown hoso /data
USER hoso
ENV HOSO_HOME=/data
VOLUME ["/data"]
EXPOSE 8000

ENTRYPOINT ["hoso"]
CMD ["--help"]
