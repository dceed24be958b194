## The proof of experience as a PDF made on the server

proof-pdf-download = Завантажити PDF
