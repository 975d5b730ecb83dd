"""The web admin center (EAC-style): `pwshlite eac` serves pages that run pwshlite cmdlets as the
signed-in administrator (optional extra `pwshlite[eac]`: Starlette, uvicorn, Jinja2, itsdangerous).

Host layer: may import the runtime and the Exchange module; nothing imports it except cli.py.
"""
