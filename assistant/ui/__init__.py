"""The Gradio web app: chat, JD, KPI design and knowledge-base tabs over the services."""
