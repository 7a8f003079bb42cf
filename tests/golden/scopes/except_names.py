import json


def parse(text):
    try:
        data = json.loads(text)
    except ValueError as err:
        return str(err)
    for key, value in data.items():
        del value
    if (count := len(data)) > 2:
        return count
    return None
