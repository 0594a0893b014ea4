window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "700128607-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Ευχαριστώ πολύ",
            "mediaUrls" : [],
            "senderId" : "700128607",
            "id" : "394176474772072820",
            "createdAt" : "2016-04-06T09:13:01.634Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700128607",
            "id" : "559391132362704798",
            "createdAt" : "2016-02-06T16:33:48.234Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Thanks so much 🙏",
            "mediaUrls" : [],
            "senderId" : "700128607",
            "id" : "606853787637964027",
            "createdAt" : "2016-02-06T01:37:15.862Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700127382-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700127382",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "948851036717528032",
            "createdAt" : "2016-07-29T04:07:01.185Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700127382",
            "id" : "196027323100133601",
            "createdAt" : "2016-05-10T20:55:28.918Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700130567-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700130567",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "728977333006748628",
            "createdAt" : "2016-06-26T10:57:30.864Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700130567",
            "id" : "750953897091770950",
            "createdAt" : "2016-06-20T08:04:12.146Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700130567",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1048556182021859256",
            "createdAt" : "2016-06-06T11:26:39.627Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700112899-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700112899",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "483777770769355809",
            "createdAt" : "2016-12-21T20:29:55.923Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700112899",
            "id" : "604084856187789090",
            "createdAt" : "2016-12-05T15:03:48.373Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700112899",
            "id" : "391852813939986832",
            "createdAt" : "2016-11-16T15:48:06.741Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700112899",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "568699817629360794",
            "createdAt" : "2016-10-22T17:36:30.485Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Happy birthday! 🎂",
            "mediaUrls" : [],
            "senderId" : "700112899",
            "id" : "516225904755709082",
            "createdAt" : "2016-10-02T21:07:49.234Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Miss you guys ❤️",
            "mediaUrls" : [],
            "senderId" : "700112899",
            "id" : "113915197617010326",
            "createdAt" : "2016-09-26T05:21:35.747Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700036823-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700036823",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "936231782643577321",
            "createdAt" : "2017-01-04T19:19:06.622Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700036823",
            "id" : "1006379931812034310",
            "createdAt" : "2016-12-19T11:47:48.137Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700036823",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1021252172245923000",
            "createdAt" : "2016-12-18T18:06:02.147Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700028850-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700028850",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "918459630872239198",
            "createdAt" : "2016-03-15T23:26:38.007Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700028850",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "863983114865290636",
            "createdAt" : "2016-01-01T14:04:32.311Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700028850",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "920826614877515160",
            "createdAt" : "2015-12-19T03:10:33.233Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700078291-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700078291",
            "id" : "165527650748714559",
            "createdAt" : "2016-11-13T14:38:35.792Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700078291",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "812840691506154247",
            "createdAt" : "2015-11-16T08:09:51.904Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700078291",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "318647551381649086",
            "createdAt" : "2015-08-31T01:43:06.435Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700086474-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700086474",
            "id" : "420215167728562720",
            "createdAt" : "2015-10-14T17:18:08.260Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700086474",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "814612560388485346",
            "createdAt" : "2015-09-20T12:08:35.386Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700086474",
            "reactions" : [],
            "urls" : [],
            "text" : "ありがとう！",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "16090804829475754",
            "createdAt" : "2015-09-15T14:43:58.359Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700086474",
            "id" : "11533442347122864",
            "createdAt" : "2015-08-27T16:26:02.625Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700086474",
            "id" : "725820683069327819",
            "createdAt" : "2015-08-04T09:09:52.245Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700086474",
            "id" : "207669652470370870",
            "createdAt" : "2015-08-01T12:09:54.311Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700086474",
            "reactions" : [],
            "urls" : [],
            "text" : "Спасибо, увидимся",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "213601225652645651",
            "createdAt" : "2015-07-30T17:36:35.396Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700086474",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "377075373719962533",
            "createdAt" : "2015-07-30T15:19:54.559Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700138876-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700138876",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "832652862347915868",
            "createdAt" : "2017-01-04T23:43:44.622Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700129132-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700129132",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "249099446073855599",
            "createdAt" : "2016-06-23T19:37:16.386Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700010804-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700010804",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "260598509573246246",
            "createdAt" : "2016-12-18T09:42:23.480Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700010804",
            "id" : "755456564173522745",
            "createdAt" : "2016-12-03T13:07:55.661Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700010804",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "890385418474757279",
            "createdAt" : "2016-11-20T23:10:29.114Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700010804",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "553044570209080940",
            "createdAt" : "2016-11-10T13:59:41.676Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700158805-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700158805",
            "id" : "141244916361153028",
            "createdAt" : "2016-12-04T08:17:28.733Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700158805",
            "id" : "696695384593489416",
            "createdAt" : "2016-06-09T09:06:49.024Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700072796-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700072796",
            "id" : "222741249690576402",
            "createdAt" : "2016-07-20T11:04:27.325Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700072796",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "730884274872681257",
            "createdAt" : "2016-07-14T18:42:03.272Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700128327-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700128327",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "399136740465021430",
            "createdAt" : "2016-11-10T23:09:37.956Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700128327",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "187528133661459082",
            "createdAt" : "2016-09-24T12:48:31.027Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700055884-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700055884",
            "id" : "220381346659716518",
            "createdAt" : "2014-09-08T01:40:46.475Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700055884",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "988151938851838044",
            "createdAt" : "2014-08-28T22:46:26.887Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700055884",
            "id" : "28070306002685185",
            "createdAt" : "2014-08-13T02:32:41.257Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700055884",
            "id" : "154879019573800927",
            "createdAt" : "2014-08-04T09:48:56.989Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700055884",
            "id" : "550729709943847960",
            "createdAt" : "2014-06-29T05:14:15.810Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700055884",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "844254199518142094",
            "createdAt" : "2014-06-24T16:17:27.228Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700027016-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Obrigado, até já",
            "mediaUrls" : [],
            "senderId" : "700027016",
            "id" : "940392710761797626",
            "createdAt" : "2016-09-28T21:01:49.483Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700141739-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Dziękuję, do zobaczenia",
            "mediaUrls" : [],
            "senderId" : "700141739",
            "id" : "172396481717585088",
            "createdAt" : "2014-12-25T13:00:09.018Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700026575-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700026575",
            "id" : "32233326945327528",
            "createdAt" : "2015-12-04T04:22:27.034Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700026575",
            "id" : "129066752974104016",
            "createdAt" : "2015-09-02T04:49:03.947Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700139296-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700139296",
            "id" : "69491994058396260",
            "createdAt" : "2013-06-26T13:09:11.925Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700139296",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "939302070542290162",
            "createdAt" : "2013-01-21T08:21:27.844Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700139296",
            "id" : "323138959936303111",
            "createdAt" : "2013-01-07T18:54:10.770Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700031433-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700031433",
            "id" : "330625671339692261",
            "createdAt" : "2012-08-30T08:53:58.142Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700031433",
            "id" : "446916295901936175",
            "createdAt" : "2012-08-07T06:08:15.174Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700090520-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700090520",
            "id" : "587436132377933906",
            "createdAt" : "2015-03-13T00:46:12.820Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700090520",
            "id" : "520143880425028512",
            "createdAt" : "2014-11-05T23:09:16.471Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700090520",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "598388356637084809",
            "createdAt" : "2014-09-28T09:15:06.380Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700092200-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700092200",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "553717288298067203",
            "createdAt" : "2012-12-31T07:27:26.559Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700092200",
            "reactions" : [],
            "urls" : [],
            "text" : "ありがとう！",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "647122142304473881",
            "createdAt" : "2012-12-04T03:12:15.022Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700151525-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700151525",
            "id" : "603057053227101175",
            "createdAt" : "2015-06-22T08:55:19.830Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700151525",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "261227116149652443",
            "createdAt" : "2015-06-12T23:52:53.054Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700151525",
            "id" : "102398431668457927",
            "createdAt" : "2015-05-22T17:45:56.890Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700151525",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "920522665125220502",
            "createdAt" : "2015-04-04T02:50:53.303Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700151525",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "345705723341190769",
            "createdAt" : "2015-03-30T22:58:12.910Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700078879-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700078879",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "661989878884782833",
            "createdAt" : "2013-12-06T03:36:08.321Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700153534-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700153534",
            "reactions" : [],
            "urls" : [],
            "text" : "Miss you guys ❤️",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1053843271391356611",
            "createdAt" : "2015-08-20T21:08:14.839Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Köszönöm szépen!",
            "mediaUrls" : [],
            "senderId" : "700153534",
            "id" : "958415231835486373",
            "createdAt" : "2015-08-20T19:26:41.538Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700153534",
            "id" : "742082560901870215",
            "createdAt" : "2014-07-06T23:03:12.500Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700153534",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "728716609186173009",
            "createdAt" : "2014-06-08T04:00:48.996Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700016432-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700016432",
            "id" : "741252149332365140",
            "createdAt" : "2015-01-09T09:29:18.671Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700016432",
            "id" : "108325612133557456",
            "createdAt" : "2014-12-21T10:25:17.541Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700110722-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700110722",
            "id" : "522941860633426507",
            "createdAt" : "2015-05-15T11:12:32.535Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700110722",
            "id" : "1073634835584757353",
            "createdAt" : "2014-10-23T16:39:04.260Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700110722",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "405544096637920768",
            "createdAt" : "2014-09-03T11:21:32.782Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700083772-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700083772",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1017501326472909261",
            "createdAt" : "2012-10-21T02:56:23.734Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700083772",
            "id" : "966610554209645882",
            "createdAt" : "2012-07-12T18:28:57.906Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700110911-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700110911",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "948608004890020921",
            "createdAt" : "2014-01-26T09:54:20.258Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700110911",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "835003939825656366",
            "createdAt" : "2013-11-13T21:07:56.381Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700025462-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700025462",
            "id" : "326380351580495272",
            "createdAt" : "2015-07-14T22:15:15.835Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700025462",
            "id" : "756007807420074763",
            "createdAt" : "2015-04-26T12:05:09.129Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700074378-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700074378",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1143459378400217655",
            "createdAt" : "2014-03-23T12:27:48.501Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700074378",
            "id" : "691844892996091002",
            "createdAt" : "2014-03-21T07:39:53.372Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700074378",
            "id" : "443384179112260947",
            "createdAt" : "2014-03-02T22:05:37.154Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700120991-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700120991",
            "id" : "448580998562682376",
            "createdAt" : "2015-08-02T04:09:18.461Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700120991",
            "id" : "994910309626518221",
            "createdAt" : "2015-04-27T05:46:11.737Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700120991",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "625683205817761091",
            "createdAt" : "2015-02-20T16:00:30.625Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700120991",
            "id" : "67395584564539216",
            "createdAt" : "2015-01-26T06:43:31.674Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700068393-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700068393",
            "id" : "46383805004963887",
            "createdAt" : "2013-04-25T10:26:30.920Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700068393",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "673288552981255771",
            "createdAt" : "2013-04-23T10:43:02.577Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700033281-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700033281",
            "id" : "896634502775144846",
            "createdAt" : "2013-04-09T05:58:06.888Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700013730-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700013730",
            "id" : "924552270069165780",
            "createdAt" : "2015-02-17T03:44:52.031Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700009012-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700009012",
            "id" : "892026107604601382",
            "createdAt" : "2015-10-30T06:08:50.375Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700009012",
            "id" : "488291541875923321",
            "createdAt" : "2015-07-24T10:01:36.578Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700009012",
            "id" : "551942585498443015",
            "createdAt" : "2015-01-28T13:15:05.481Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700065488-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700065488",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "301035358957467244",
            "createdAt" : "2016-04-27T06:57:43.426Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700065488",
            "id" : "203722453104222156",
            "createdAt" : "2016-04-14T22:18:29.577Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700020947-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700020947",
            "id" : "850092637163825640",
            "createdAt" : "2015-04-25T19:46:22.283Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700020947",
            "id" : "236144496042983916",
            "createdAt" : "2015-03-04T21:21:26.689Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700020947",
            "id" : "734355706034477299",
            "createdAt" : "2014-12-11T11:22:53.254Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700154248-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Спасибо, увидимся",
            "mediaUrls" : [],
            "senderId" : "700154248",
            "id" : "417283810004347423",
            "createdAt" : "2016-10-17T16:09:31.589Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700154248",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "828182730182861010",
            "createdAt" : "2016-08-07T19:50:38.543Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700098353-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700098353",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "583815152642407440",
            "createdAt" : "2015-11-22T15:31:57.878Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700158763-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700158763",
            "id" : "198882835199031454",
            "createdAt" : "2015-11-21T07:46:02.880Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700026092-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700026092",
            "id" : "333362160250550722",
            "createdAt" : "2016-05-03T12:12:01.708Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700026092",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1033696259974917351",
            "createdAt" : "2016-02-10T00:19:54.839Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700026092",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "857907092821393274",
            "createdAt" : "2016-02-03T14:40:23.108Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700026092",
            "id" : "309067084513530744",
            "createdAt" : "2016-01-31T12:33:13.239Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700133108-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700133108",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "246919766772649469",
            "createdAt" : "2015-06-20T13:37:37.963Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700133108",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "554807432451395104",
            "createdAt" : "2015-06-11T22:05:08.018Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700133108",
            "id" : "1078075385670512076",
            "createdAt" : "2015-06-04T14:41:31.134Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700041429-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700041429",
            "id" : "616314696338204684",
            "createdAt" : "2015-05-07T07:25:31.550Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700041429",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1111707535122617429",
            "createdAt" : "2014-12-26T08:27:51.848Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700041429",
            "id" : "478155111259568224",
            "createdAt" : "2014-11-23T05:26:09.821Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700001235-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700001235",
            "id" : "461994642497689654",
            "createdAt" : "2016-08-11T05:03:21.862Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "On my way 🚗",
            "mediaUrls" : [],
            "senderId" : "700001235",
            "id" : "797312469577229630",
            "createdAt" : "2015-08-25T10:22:23.116Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700001235",
            "id" : "900094137460981356",
            "createdAt" : "2015-07-25T13:37:23.960Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700001235",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "724652398945523501",
            "createdAt" : "2015-05-29T09:07:06.706Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700001235",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "535211854648884452",
            "createdAt" : "2015-05-02T08:20:18.366Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700001235",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "998147369030656401",
            "createdAt" : "2015-03-16T18:22:03.165Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700001235",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "525198791630028722",
            "createdAt" : "2015-03-02T04:15:04.451Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700001235",
            "id" : "385842664166574701",
            "createdAt" : "2014-10-31T15:21:41.165Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700001235",
            "id" : "483834521914459251",
            "createdAt" : "2014-09-08T13:48:40.476Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700001235",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "150007216995197081",
            "createdAt" : "2014-08-29T08:19:38.625Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700001235",
            "id" : "207645927697049286",
            "createdAt" : "2014-08-11T07:01:24.195Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700001235",
            "id" : "355817434487342800",
            "createdAt" : "2014-04-24T10:10:43.698Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700001235",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1032669402263329953",
            "createdAt" : "2014-04-11T23:13:37.537Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700001235",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "856234927961739013",
            "createdAt" : "2014-04-11T11:26:04.996Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700001235",
            "id" : "826656554163371940",
            "createdAt" : "2014-02-22T03:01:25.490Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700075414-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700075414",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "563732187024468431",
            "createdAt" : "2016-07-20T04:00:36.258Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700132408-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700132408",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1141460750106434457",
            "createdAt" : "2015-09-12T16:47:51.627Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700028654-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700028654",
            "id" : "784565212166928078",
            "createdAt" : "2016-08-02T01:18:15.084Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700065586-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700065586",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "756157684160988413",
            "createdAt" : "2016-03-18T12:29:18.575Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700065586",
            "id" : "697643970625323832",
            "createdAt" : "2016-03-15T13:43:03.947Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700065586",
            "id" : "518600798833717369",
            "createdAt" : "2016-01-08T13:38:59.105Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700106081-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700106081",
            "id" : "1084123444345622599",
            "createdAt" : "2016-12-03T15:49:22.980Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700106081",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "320347151411205891",
            "createdAt" : "2016-11-29T01:55:06.086Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700046133-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700046133",
            "id" : "663446545579314355",
            "createdAt" : "2016-08-18T12:12:49.328Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700046133",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "523008895553491551",
            "createdAt" : "2016-08-11T18:46:28.852Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700057795-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Happy birthday! 🎂",
            "mediaUrls" : [],
            "senderId" : "700057795",
            "id" : "597932446629004712",
            "createdAt" : "2016-11-05T20:13:41.761Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700057795",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1076142835458714777",
            "createdAt" : "2016-08-22T17:41:23.147Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700057795",
            "id" : "172230283518682604",
            "createdAt" : "2016-07-20T09:46:32.307Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700057795",
            "id" : "512558663963525999",
            "createdAt" : "2016-07-13T23:52:17.917Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700057795",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "572351981589625663",
            "createdAt" : "2016-06-07T17:56:05.105Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700057795",
            "id" : "72212010231277759",
            "createdAt" : "2016-05-17T20:20:21.658Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700050214-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700050214",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "622190598453246208",
            "createdAt" : "2016-07-19T01:32:45.548Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700015543-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700015543",
            "id" : "254796334215044927",
            "createdAt" : "2015-07-04T18:55:53.346Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700015543",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "992111716884282446",
            "createdAt" : "2015-03-14T06:06:53.126Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700015543",
            "id" : "420366942248391174",
            "createdAt" : "2015-01-24T12:56:44.336Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700015543",
            "id" : "1107465672228438313",
            "createdAt" : "2015-01-03T22:55:43.597Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700123245-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700123245",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "399191792046682535",
            "createdAt" : "2016-09-22T19:13:07.094Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700123245",
            "id" : "381600949456121357",
            "createdAt" : "2016-07-22T05:15:14.480Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700123245",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "859597069634663960",
            "createdAt" : "2016-07-08T11:48:34.126Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700123245",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "478857794185598291",
            "createdAt" : "2016-07-06T12:14:31.412Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700123245",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "780899698846454316",
            "createdAt" : "2016-06-19T09:46:01.499Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700084381-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700084381",
            "id" : "261764010760816689",
            "createdAt" : "2016-08-16T13:13:10.496Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700084381",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "439756448364547922",
            "createdAt" : "2016-08-15T11:47:27.972Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700084381",
            "id" : "159911773420415582",
            "createdAt" : "2016-08-13T06:49:19.539Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700076611-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "On my way 🚗",
            "mediaUrls" : [],
            "senderId" : "700076611",
            "id" : "658732471648940620",
            "createdAt" : "2014-02-20T13:35:33.777Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700076611",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "469213125077244767",
            "createdAt" : "2013-12-14T06:16:23.985Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700076611",
            "id" : "178122656164954077",
            "createdAt" : "2013-08-09T17:33:42.382Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700076611",
            "id" : "319736117559882382",
            "createdAt" : "2013-07-13T01:24:12.072Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700076611",
            "id" : "1001174608130621865",
            "createdAt" : "2013-06-19T00:27:47.963Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700076611",
            "id" : "718080979501740305",
            "createdAt" : "2013-05-20T10:58:48.058Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700013863-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700013863",
            "reactions" : [],
            "urls" : [],
            "text" : "Good luck with the launch 🚀",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "392731837345757344",
            "createdAt" : "2014-06-03T13:01:22.732Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700013863",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "941445659874950920",
            "createdAt" : "2014-02-03T11:25:58.910Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700144679-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700144679",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "870261720119390809",
            "createdAt" : "2014-09-01T01:16:06.309Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700144679",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "946338033927678962",
            "createdAt" : "2014-06-06T01:28:21.883Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700110484-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700110484",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "629740168704207539",
            "createdAt" : "2016-11-30T09:16:10.476Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700043907-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700043907",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1027751824872638539",
            "createdAt" : "2016-11-11T14:04:49.605Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700043907",
            "reactions" : [],
            "urls" : [],
            "text" : "Miss you guys ❤️",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "778527097602064937",
            "createdAt" : "2016-11-01T09:13:33.599Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700043907",
            "id" : "140130590844687346",
            "createdAt" : "2016-10-12T13:32:01.890Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700091906-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700091906",
            "id" : "331828446755855868",
            "createdAt" : "2015-04-13T12:50:30.871Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700091906",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "204058990791230043",
            "createdAt" : "2015-01-01T15:50:35.612Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700091906",
            "id" : "1037070010378396999",
            "createdAt" : "2014-12-27T02:35:58.361Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700091906",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "992045893136473395",
            "createdAt" : "2014-09-17T14:18:04.527Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700091906",
            "id" : "385897017700995718",
            "createdAt" : "2014-09-10T16:05:08.243Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700121369-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700121369",
            "id" : "447340978735783036",
            "createdAt" : "2013-11-21T03:31:45.517Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700121369",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "423886705161861231",
            "createdAt" : "2013-11-03T02:12:58.477Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700067770-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700067770",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "517664137879447146",
            "createdAt" : "2016-08-01T21:09:03.927Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700067770",
            "id" : "924069600193112636",
            "createdAt" : "2016-05-16T14:16:27.369Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700067770",
            "reactions" : [],
            "urls" : [],
            "text" : "Dziękuję, do zobaczenia",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "64935129306849512",
            "createdAt" : "2016-04-23T16:17:49.702Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700032119-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700032119",
            "id" : "35292410382985936",
            "createdAt" : "2016-11-19T13:53:28.989Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700032119",
            "id" : "537995587451775987",
            "createdAt" : "2016-07-17T00:29:47.715Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700032119",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "590664402276696206",
            "createdAt" : "2016-02-07T13:59:09.079Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700032119",
            "id" : "63248010248202217",
            "createdAt" : "2016-01-16T04:55:40.558Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700151280-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700151280",
            "id" : "186854852652171444",
            "createdAt" : "2017-01-06T03:50:31.990Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700151280",
            "id" : "177824162267493510",
            "createdAt" : "2016-12-24T08:00:16.613Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700004392-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "¿Qué tal todo?",
            "mediaUrls" : [],
            "senderId" : "700004392",
            "id" : "642469425941623491",
            "createdAt" : "2015-12-14T15:29:23.090Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700004392",
            "id" : "636669232817908140",
            "createdAt" : "2015-08-19T22:45:56.918Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700004392",
            "id" : "1006545092576825316",
            "createdAt" : "2015-07-07T23:48:56.892Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700004392",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "777448296590467505",
            "createdAt" : "2015-06-22T19:59:47.115Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700004392",
            "reactions" : [],
            "urls" : [],
            "text" : "Good luck with the launch 🚀",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "880298455150580980",
            "createdAt" : "2015-05-15T03:51:10.115Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700004392",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "194685108831032203",
            "createdAt" : "2015-05-14T19:59:37.381Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700004392",
            "id" : "805964771571453434",
            "createdAt" : "2015-04-13T14:46:58.126Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700004392",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "668639141583135950",
            "createdAt" : "2015-03-11T18:02:50.096Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700004392",
            "id" : "937290663602707740",
            "createdAt" : "2015-02-26T05:19:35.011Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700004392",
            "id" : "734073936121732981",
            "createdAt" : "2015-02-25T16:45:17.092Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700004392",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "713572345323801478",
            "createdAt" : "2015-02-09T00:07:30.585Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700132114-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700132114",
            "id" : "135121564064355361",
            "createdAt" : "2012-09-14T07:23:49.709Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700132114",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "567039540343053584",
            "createdAt" : "2012-08-29T04:16:48.059Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700071417-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700071417",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "338661499657569677",
            "createdAt" : "2016-10-16T02:06:53.720Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700071417",
            "id" : "825870881499006153",
            "createdAt" : "2016-08-16T13:08:11.484Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700071417",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1040611952035829540",
            "createdAt" : "2016-07-01T18:50:01.661Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700071417",
            "id" : "581677386595421623",
            "createdAt" : "2016-05-11T17:11:53.839Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700111219-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700111219",
            "id" : "12129353961929634",
            "createdAt" : "2017-01-03T00:53:02.707Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700111219",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "260673830277542145",
            "createdAt" : "2016-12-13T15:16:25.676Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700111219",
            "id" : "210414042240357988",
            "createdAt" : "2016-11-20T02:21:01.276Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700111219",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "900241584885636011",
            "createdAt" : "2016-10-09T08:03:05.827Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Çok teşekkürler",
            "mediaUrls" : [],
            "senderId" : "700111219",
            "id" : "1135153239292035609",
            "createdAt" : "2016-10-04T04:08:58.699Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700099228-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700099228",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "910549843647646534",
            "createdAt" : "2016-08-25T02:56:17.563Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700099228",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "307198579887487415",
            "createdAt" : "2016-08-14T02:34:53.513Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700099228",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "778154798384417942",
            "createdAt" : "2016-08-02T01:05:33.644Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700099228",
            "id" : "949880247142928092",
            "createdAt" : "2016-07-24T16:38:23.968Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700099228",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "90362407965076730",
            "createdAt" : "2016-07-13T07:14:47.876Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700099228",
            "id" : "1131207397780435442",
            "createdAt" : "2016-07-02T03:56:29.684Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700099228",
            "id" : "108193524096326224",
            "createdAt" : "2016-07-01T04:24:54.877Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700030026-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700030026",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "888596942042959838",
            "createdAt" : "2016-05-29T07:26:56.603Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700030026",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "781724043977433271",
            "createdAt" : "2016-04-18T08:24:01.800Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700030026",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "778806213655349770",
            "createdAt" : "2016-02-26T00:27:15.772Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700116903-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700116903",
            "id" : "472828987927312228",
            "createdAt" : "2014-12-02T17:19:31.296Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700003412-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700003412",
            "id" : "141421586813304225",
            "createdAt" : "2016-06-27T07:10:46.214Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700003412",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "488728551199935163",
            "createdAt" : "2015-05-17T16:11:03.241Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700003412",
            "reactions" : [],
            "urls" : [],
            "text" : "Haha yes 😂",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1017290898128574690",
            "createdAt" : "2015-04-16T11:25:13.002Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "On my way 🚗",
            "mediaUrls" : [],
            "senderId" : "700003412",
            "id" : "743477308745620908",
            "createdAt" : "2015-03-01T18:35:35.413Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700003412",
            "id" : "302710597853584121",
            "createdAt" : "2015-02-25T05:45:43.487Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "谢谢你！",
            "mediaUrls" : [],
            "senderId" : "700003412",
            "id" : "756869572375276660",
            "createdAt" : "2015-01-24T04:07:10.155Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700003412",
            "id" : "855204014666104400",
            "createdAt" : "2015-01-19T17:43:05.722Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700097023-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700097023",
            "id" : "298432565842746142",
            "createdAt" : "2015-12-10T05:11:52.567Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700097023",
            "id" : "1098673055975808512",
            "createdAt" : "2015-10-25T00:15:30.511Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700042843-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700042843",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1091087560460407423",
            "createdAt" : "2016-01-01T05:08:08.400Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700158049-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700158049",
            "id" : "658598977984491006",
            "createdAt" : "2016-05-07T21:11:13.929Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700158049",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "696219845999905196",
            "createdAt" : "2015-12-02T20:18:47.075Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700079040-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700079040",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "978904999388005039",
            "createdAt" : "2016-02-21T18:41:06.453Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700079040",
            "id" : "628599976317745059",
            "createdAt" : "2016-01-05T14:50:47.122Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700133605-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700133605",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "249015104385200007",
            "createdAt" : "2016-03-30T01:50:09.687Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700133605",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1151004568031461746",
            "createdAt" : "2016-01-23T01:21:51.782Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700133605",
            "id" : "871804947252268560",
            "createdAt" : "2016-01-16T01:53:55.705Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700105318-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700105318",
            "id" : "218201258051588851",
            "createdAt" : "2016-06-16T12:54:35.525Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700105318",
            "id" : "79992548275230934",
            "createdAt" : "2016-05-09T17:08:59.748Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700105318",
            "id" : "8369673736893423",
            "createdAt" : "2016-04-09T16:33:41.862Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700105318",
            "id" : "937761680635576885",
            "createdAt" : "2016-04-02T10:53:06.965Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700105318",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "939504202971120581",
            "createdAt" : "2016-01-23T00:20:51.148Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700025637-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700025637",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "522331154516446501",
            "createdAt" : "2016-05-29T09:26:50.212Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700025637",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "629443211250756973",
            "createdAt" : "2016-05-26T07:02:28.163Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700025637",
            "reactions" : [],
            "urls" : [],
            "text" : "Obrigado, até já",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "680774665446881889",
            "createdAt" : "2016-04-07T17:07:20.847Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700025637",
            "reactions" : [],
            "urls" : [],
            "text" : "On my way 🚗",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "781245151835302112",
            "createdAt" : "2016-02-07T12:23:48.180Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700025637",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "204388722680470610",
            "createdAt" : "2016-02-07T11:18:17.578Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700161192-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700161192",
            "id" : "926553778352977616",
            "createdAt" : "2016-02-06T19:21:20.062Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700044726-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700044726",
            "id" : "710915105640443118",
            "createdAt" : "2016-09-14T23:35:00.806Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700044726",
            "id" : "273879830732408068",
            "createdAt" : "2016-07-19T07:04:33.577Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700044726",
            "id" : "949855963525038247",
            "createdAt" : "2016-02-20T10:25:00.280Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700091171-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700091171",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "876193875997832812",
            "createdAt" : "2016-03-19T08:01:29.615Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700158560-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700158560",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "702841022513847521",
            "createdAt" : "2016-05-16T16:54:13.378Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700158560",
            "id" : "631600757835398102",
            "createdAt" : "2016-05-10T11:22:26.369Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700158560",
            "id" : "885323941594103032",
            "createdAt" : "2016-04-29T13:46:34.106Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Obrigado, até já",
            "mediaUrls" : [],
            "senderId" : "700158560",
            "id" : "500554029566817323",
            "createdAt" : "2016-03-09T19:30:23.170Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700158560",
            "id" : "935886112122244860",
            "createdAt" : "2016-03-05T20:13:41.319Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700158560",
            "id" : "686929993995354180",
            "createdAt" : "2016-03-04T05:13:42.081Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700158560",
            "id" : "929293637926895590",
            "createdAt" : "2016-03-03T14:20:09.586Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700010251-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Cảm ơn bạn nhiều",
            "mediaUrls" : [],
            "senderId" : "700010251",
            "id" : "837266992904272590",
            "createdAt" : "2016-08-01T18:24:00.462Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700010251",
            "id" : "182276122867596584",
            "createdAt" : "2016-07-23T06:58:13.055Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700010251",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1002700940240219227",
            "createdAt" : "2016-06-14T15:06:46.890Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700010251",
            "id" : "273995814000555092",
            "createdAt" : "2016-05-25T12:59:27.377Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700010251",
            "id" : "204569498858977030",
            "createdAt" : "2016-04-29T08:39:04.658Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700010251",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "347058512342971314",
            "createdAt" : "2016-04-15T06:01:31.498Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700010251",
            "id" : "1060061425727696092",
            "createdAt" : "2016-04-08T14:39:31.321Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700010251",
            "id" : "630656265356876506",
            "createdAt" : "2016-03-15T08:44:04.106Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700010251",
            "id" : "326393809727012396",
            "createdAt" : "2016-03-03T18:54:30.643Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700124148-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700124148",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "486292049495966881",
            "createdAt" : "2016-06-17T18:15:46.777Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700153527-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700153527",
            "id" : "269174994508259336",
            "createdAt" : "2017-01-04T06:55:31.848Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700153527",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "932989502259692541",
            "createdAt" : "2016-09-12T06:24:13.243Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700153527",
            "reactions" : [],
            "urls" : [],
            "text" : "Haha yes 😂",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "996736894450789388",
            "createdAt" : "2016-04-18T10:29:21.953Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700153527",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "55566884468773973",
            "createdAt" : "2016-03-15T15:41:38.259Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700041723-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700041723",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "661956827270941174",
            "createdAt" : "2016-05-27T06:54:21.083Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700041723",
            "id" : "618335011465376019",
            "createdAt" : "2016-04-07T10:11:27.811Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700149880-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700149880",
            "reactions" : [],
            "urls" : [],
            "text" : "Haha yes 😂",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "871918061642255155",
            "createdAt" : "2016-09-20T02:01:12.325Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700042101-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700042101",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1026669049156418039",
            "createdAt" : "2016-07-28T12:52:20.072Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700042101",
            "id" : "448703214640821345",
            "createdAt" : "2016-05-11T21:55:03.380Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700008921-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700008921",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "225975989430232636",
            "createdAt" : "2016-05-17T02:27:53.502Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700142908-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "That photo is amazing 📸",
            "mediaUrls" : [],
            "senderId" : "700142908",
            "id" : "244081950058564185",
            "createdAt" : "2017-01-13T20:42:51.066Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700142908",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "846521807969532953",
            "createdAt" : "2016-10-14T14:15:43.658Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700142908",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "256108696252513752",
            "createdAt" : "2016-09-13T19:00:22.747Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700142908",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "803214951856086136",
            "createdAt" : "2016-09-11T08:58:07.132Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700142908",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "561087457150824592",
            "createdAt" : "2016-09-09T19:51:26.406Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700142908",
            "id" : "1151933817736403397",
            "createdAt" : "2016-08-15T16:48:31.089Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700142908",
            "id" : "995605196668574477",
            "createdAt" : "2016-08-01T09:58:59.014Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700142908",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "927572641876531362",
            "createdAt" : "2016-07-03T22:00:26.514Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700142908",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "138486118498148642",
            "createdAt" : "2016-06-26T22:50:36.701Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Dziękuję, do zobaczenia",
            "mediaUrls" : [],
            "senderId" : "700142908",
            "id" : "728773993229089771",
            "createdAt" : "2016-06-12T08:57:29.679Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "¿Qué tal todo?",
            "mediaUrls" : [],
            "senderId" : "700142908",
            "id" : "1002290976181283701",
            "createdAt" : "2016-06-01T03:13:28.729Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700084108-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700084108",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "276320350054853896",
            "createdAt" : "2016-07-16T21:27:43.590Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700080083-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700080083",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "318958659780023067",
            "createdAt" : "2016-12-03T19:13:00.502Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700080083",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "157669180823680594",
            "createdAt" : "2016-09-26T11:50:31.078Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700080083",
            "id" : "294910526856144265",
            "createdAt" : "2016-08-08T06:41:11.533Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700113109-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700113109",
            "id" : "1039025927546219200",
            "createdAt" : "2016-11-04T03:19:04.906Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700113109",
            "id" : "478700445307935294",
            "createdAt" : "2016-09-29T01:21:27.818Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700113109",
            "id" : "587311269798648108",
            "createdAt" : "2016-08-13T14:51:57.580Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700113109",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "106526218209400468",
            "createdAt" : "2016-08-08T06:25:58.472Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700076317-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700076317",
            "id" : "603094436025334934",
            "createdAt" : "2016-11-09T04:53:45.484Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700076317",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "815717828915847249",
            "createdAt" : "2016-09-03T12:59:50.270Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700160751-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700160751",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "946333912298308809",
            "createdAt" : "2016-11-05T03:14:53.958Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700160751",
            "id" : "81647372034555814",
            "createdAt" : "2016-09-24T13:17:59.924Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700136944-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700136944",
            "id" : "195379723683682698",
            "createdAt" : "2016-10-03T05:03:29.769Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700136944",
            "id" : "724582035810689852",
            "createdAt" : "2016-09-20T09:30:39.175Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700136944",
            "id" : "1141071880619712376",
            "createdAt" : "2016-09-07T10:33:19.488Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700115727-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700115727",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "724237181764814404",
            "createdAt" : "2016-10-20T18:26:15.980Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700115727",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "175148456097233331",
            "createdAt" : "2016-10-02T16:47:05.328Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700108573-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700108573",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "37314256900408125",
            "createdAt" : "2016-10-25T03:12:48.830Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700151420-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700151420",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "524431106808452851",
            "createdAt" : "2016-12-27T21:40:05.221Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700151420",
            "id" : "147062714736405710",
            "createdAt" : "2016-12-12T10:33:19.081Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700151420",
            "id" : "825783954881760405",
            "createdAt" : "2016-11-21T09:17:58.299Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700151420",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "542155800376973784",
            "createdAt" : "2016-11-15T02:59:37.183Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700098703-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Dziękuję, do zobaczenia",
            "mediaUrls" : [],
            "senderId" : "700098703",
            "id" : "637012228261812172",
            "createdAt" : "2016-12-30T08:52:12.251Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700045167-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700045167",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "879579305497817328",
            "createdAt" : "2016-06-26T08:11:46.032Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700045167",
            "id" : "518171607392173876",
            "createdAt" : "2016-03-27T08:46:03.206Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700045167",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "64191071497597024",
            "createdAt" : "2016-03-06T14:10:07.962Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700045167",
            "id" : "971813334880663006",
            "createdAt" : "2016-02-23T06:05:04.877Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700045167",
            "id" : "832583741450771067",
            "createdAt" : "2016-02-22T03:59:12.883Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700045167",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "737524516609386414",
            "createdAt" : "2016-02-11T18:53:16.100Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700045167",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "557791278722088791",
            "createdAt" : "2015-12-25T12:19:06.379Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700061043-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700061043",
            "id" : "53945483973835159",
            "createdAt" : "2016-06-24T23:17:22.692Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700061043",
            "id" : "468773135062429446",
            "createdAt" : "2016-06-16T23:20:41.149Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700061043",
            "id" : "268069785211329932",
            "createdAt" : "2016-04-25T05:56:01.943Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700061043",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "538614189927882689",
            "createdAt" : "2016-02-22T05:35:17.060Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700061043",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "155158756865475398",
            "createdAt" : "2016-01-22T07:05:48.599Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700061043",
            "id" : "963167011777258020",
            "createdAt" : "2016-01-01T00:10:48.815Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700061043",
            "id" : "860751761906562471",
            "createdAt" : "2015-12-31T01:27:44.305Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700029431-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700029431",
            "id" : "147698018872873179",
            "createdAt" : "2016-04-12T22:21:29.595Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700029431",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "159918435696773635",
            "createdAt" : "2016-02-23T09:02:28.583Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700125520-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700125520",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "248135908772280292",
            "createdAt" : "2016-04-04T04:40:24.658Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700015081-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700015081",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "426156138028850921",
            "createdAt" : "2016-08-20T15:02:42.199Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700087174-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700087174",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "357996502013945161",
            "createdAt" : "2016-10-13T04:50:13.390Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700087174",
            "id" : "102951523416489320",
            "createdAt" : "2016-06-05T22:43:06.333Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700135250-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700135250",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "406745351894958543",
            "createdAt" : "2016-08-23T19:18:47.830Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700156971-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700156971",
            "id" : "312229172708743001",
            "createdAt" : "2016-10-28T05:34:00.320Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700019463-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700019463",
            "id" : "675859920728270082",
            "createdAt" : "2016-09-24T05:06:07.663Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700001039-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700001039",
            "reactions" : [],
            "urls" : [],
            "text" : "Sounds good 👍",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "163431296704054227",
            "createdAt" : "2016-11-11T08:33:13.351Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700141382-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700141382",
            "id" : "971552629873275293",
            "createdAt" : "2013-09-06T21:52:41.027Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700141382",
            "id" : "124834410682145015",
            "createdAt" : "2013-04-20T09:20:19.726Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700134291-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700134291",
            "id" : "827226498088959134",
            "createdAt" : "2016-01-13T15:16:27.218Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700134291",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1021592577432565647",
            "createdAt" : "2015-10-09T16:05:23.452Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700064417-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700064417",
            "id" : "850661957356079700",
            "createdAt" : "2015-03-16T20:23:19.766Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700131127-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700131127",
            "id" : "416551057870723235",
            "createdAt" : "2014-07-09T08:18:15.734Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700131127",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1112116169584807583",
            "createdAt" : "2014-05-03T08:10:20.246Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700131127",
            "reactions" : [],
            "urls" : [],
            "text" : "Danke dir, bis später",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1008361386441603235",
            "createdAt" : "2014-04-25T13:28:58.790Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700132317-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700132317",
            "id" : "738631752338802219",
            "createdAt" : "2016-03-11T04:38:24.153Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700132317",
            "id" : "337823766659392023",
            "createdAt" : "2015-08-08T07:34:29.247Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700132317",
            "reactions" : [],
            "urls" : [],
            "text" : "Thanks so much 🙏",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1032315288942970484",
            "createdAt" : "2015-07-24T11:16:29.389Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700132317",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "876650937928586919",
            "createdAt" : "2015-07-23T18:28:30.938Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700110974-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700110974",
            "id" : "148499867892510098",
            "createdAt" : "2015-04-05T09:50:44.220Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700110974",
            "id" : "964293108218304151",
            "createdAt" : "2015-03-08T19:33:32.070Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Tack så mycket",
            "mediaUrls" : [],
            "senderId" : "700110974",
            "id" : "82354684801444219",
            "createdAt" : "2015-01-12T13:35:03.825Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700110974",
            "id" : "1065571222916793166",
            "createdAt" : "2014-12-22T10:13:47.797Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700110974",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "582587326426493524",
            "createdAt" : "2014-12-02T21:50:15.777Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700110974",
            "id" : "725335352755244670",
            "createdAt" : "2014-11-11T07:58:03.092Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700046399-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700046399",
            "reactions" : [],
            "urls" : [],
            "text" : "Dziękuję, do zobaczenia",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "455908686229726913",
            "createdAt" : "2013-11-11T22:11:01.401Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700046399",
            "id" : "688810572043456745",
            "createdAt" : "2013-10-16T15:03:18.654Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700046399",
            "id" : "106708625297395492",
            "createdAt" : "2013-09-29T15:03:32.441Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700046399",
            "id" : "456178808473324333",
            "createdAt" : "2013-08-16T06:00:08.707Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700046399",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "433876435276579026",
            "createdAt" : "2013-07-14T19:03:34.770Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700046399",
            "id" : "596717475222215989",
            "createdAt" : "2013-06-27T19:45:28.587Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700046399",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "39101297803633063",
            "createdAt" : "2013-04-26T18:30:11.841Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700090982-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700090982",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "734360730258608008",
            "createdAt" : "2014-09-08T11:42:07.437Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700090982",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "521695654958169730",
            "createdAt" : "2014-08-27T13:19:54.454Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700090982",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "807758111771763726",
            "createdAt" : "2013-12-20T17:35:59.120Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700090982",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "219970509246883770",
            "createdAt" : "2013-12-02T16:34:29.779Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700090982",
            "reactions" : [],
            "urls" : [],
            "text" : "Köszönöm szépen!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "372510247397023553",
            "createdAt" : "2013-11-28T16:33:39.968Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700090982",
            "id" : "469118786861357003",
            "createdAt" : "2013-11-27T01:49:47.005Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700090982",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1097717928143771069",
            "createdAt" : "2013-11-24T22:07:42.654Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700090982",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1114586053689637163",
            "createdAt" : "2013-10-26T23:30:22.883Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700090982",
            "id" : "606468966871259904",
            "createdAt" : "2013-10-21T11:17:01.333Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700090982",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "92761971039119156",
            "createdAt" : "2013-10-02T19:12:53.986Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700090982",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1076545749849358748",
            "createdAt" : "2013-10-01T00:39:23.187Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700090982",
            "reactions" : [],
            "urls" : [],
            "text" : "धन्यवाद",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "835555129665640123",
            "createdAt" : "2013-09-28T06:11:42.618Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700090982",
            "id" : "27365903086360661",
            "createdAt" : "2013-09-21T00:30:48.498Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700090982",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "360478575082888788",
            "createdAt" : "2013-09-19T05:20:06.292Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700090982",
            "reactions" : [],
            "urls" : [],
            "text" : "Happy birthday! 🎂",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "721385138745686640",
            "createdAt" : "2013-09-07T16:45:46.238Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700090982",
            "reactions" : [],
            "urls" : [],
            "text" : "Good luck with the launch 🚀",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "822037216287051187",
            "createdAt" : "2013-09-01T19:31:09.534Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700061400-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700061400",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "151124045074996345",
            "createdAt" : "2016-06-02T05:52:25.121Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700061400",
            "id" : "491943716041909256",
            "createdAt" : "2016-01-18T12:00:51.180Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700061400",
            "id" : "472719988793713449",
            "createdAt" : "2016-01-13T09:29:19.355Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700061400",
            "id" : "81889037511467962",
            "createdAt" : "2015-11-15T05:45:06.784Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700061400",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "813476509546714445",
            "createdAt" : "2015-11-03T16:44:00.983Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700061400",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "386425437311379330",
            "createdAt" : "2015-10-09T06:27:21.492Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700061400",
            "id" : "1050047725626073580",
            "createdAt" : "2015-09-25T08:44:54.738Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700061400",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "730546121845939836",
            "createdAt" : "2015-09-21T14:55:54.201Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700061400",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "169976673439909029",
            "createdAt" : "2015-09-12T02:53:25.960Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700061400",
            "id" : "206375483563812399",
            "createdAt" : "2015-07-29T11:05:59.033Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700061400",
            "id" : "86890481503816702",
            "createdAt" : "2015-07-29T10:40:34.171Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700061400",
            "id" : "720436415718684650",
            "createdAt" : "2015-07-05T14:02:42.410Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700161360-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700161360",
            "id" : "358024830290967662",
            "createdAt" : "2015-06-24T21:20:28.492Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700161360",
            "id" : "120695680279684399",
            "createdAt" : "2015-05-12T11:21:28.325Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700161360",
            "reactions" : [],
            "urls" : [],
            "text" : "धन्यवाद",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "39431837003899866",
            "createdAt" : "2015-03-25T14:45:10.321Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700161360",
            "id" : "59527655138238200",
            "createdAt" : "2015-02-06T10:41:21.413Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700123105-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700123105",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "425507474252193333",
            "createdAt" : "2013-07-23T09:04:02.146Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700069198-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700069198",
            "reactions" : [],
            "urls" : [],
            "text" : "That photo is amazing 📸",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "73813354146728633",
            "createdAt" : "2014-10-11T00:26:22.092Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700069198",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "192151535021620498",
            "createdAt" : "2014-09-17T01:28:25.254Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700062240-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700062240",
            "id" : "82434035403557380",
            "createdAt" : "2013-05-14T13:46:05.326Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700062240",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "858339517940753692",
            "createdAt" : "2012-09-21T18:54:21.620Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700062240",
            "id" : "1042973724389684010",
            "createdAt" : "2012-09-03T22:32:09.287Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700062240",
            "id" : "187241735530335909",
            "createdAt" : "2012-08-09T06:41:34.998Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700062240",
            "id" : "925707555962139805",
            "createdAt" : "2012-08-03T17:38:24.143Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700042234-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700042234",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "828229093962935509",
            "createdAt" : "2014-05-16T15:32:56.808Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700042234",
            "id" : "426399611049547185",
            "createdAt" : "2014-03-10T03:05:26.195Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Tack så mycket",
            "mediaUrls" : [],
            "senderId" : "700042234",
            "id" : "251392115033670667",
            "createdAt" : "2014-01-08T04:50:47.172Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700042234",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "28617358755201770",
            "createdAt" : "2014-01-01T13:07:57.430Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700042234",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "542351917893551101",
            "createdAt" : "2013-12-15T17:31:49.887Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700042234",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "377821426350320164",
            "createdAt" : "2013-11-03T00:01:21.584Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700042234",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "592771859424014285",
            "createdAt" : "2013-10-27T08:31:53.790Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700042234",
            "id" : "52094611146735822",
            "createdAt" : "2013-09-21T15:38:09.661Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700042234",
            "id" : "297313094848503988",
            "createdAt" : "2013-09-19T14:30:40.907Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700101769-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700101769",
            "id" : "354065221293252964",
            "createdAt" : "2014-02-13T10:12:54.523Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700101769",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "834989786937214535",
            "createdAt" : "2013-10-27T05:22:23.728Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700047127-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700047127",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1053548224212113750",
            "createdAt" : "2014-05-05T01:12:09.927Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700047127",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "763417891585375385",
            "createdAt" : "2013-11-08T08:56:56.783Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700047127",
            "id" : "548637683294485735",
            "createdAt" : "2013-08-27T06:41:59.055Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700047127",
            "id" : "969225876962929943",
            "createdAt" : "2013-08-17T16:46:52.686Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700047127",
            "id" : "529226040501176665",
            "createdAt" : "2013-07-07T14:22:35.921Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700047127",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "129020524288942791",
            "createdAt" : "2013-07-03T14:52:19.621Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700149502-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700149502",
            "id" : "67093696254067123",
            "createdAt" : "2015-06-14T02:06:25.194Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700132023-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700132023",
            "id" : "342218186080991761",
            "createdAt" : "2015-07-04T06:59:44.350Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700132023",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "210211807143681885",
            "createdAt" : "2015-05-12T04:53:25.106Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700132023",
            "id" : "396713549329746731",
            "createdAt" : "2015-04-30T06:20:34.004Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700132023",
            "reactions" : [],
            "urls" : [],
            "text" : "Çok teşekkürler",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1007943266778479539",
            "createdAt" : "2015-04-10T06:33:36.798Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700149250-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700149250",
            "reactions" : [],
            "urls" : [],
            "text" : "Miss you guys ❤️",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1045568617887618002",
            "createdAt" : "2016-01-27T01:36:55.940Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700052783-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700052783",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "672603657986321920",
            "createdAt" : "2015-09-26T12:10:55.161Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "On my way 🚗",
            "mediaUrls" : [],
            "senderId" : "700052783",
            "id" : "256151844912518221",
            "createdAt" : "2015-05-24T06:14:32.525Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700052783",
            "id" : "251271692396680687",
            "createdAt" : "2015-05-21T16:59:52.584Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700052783",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "544801479043025880",
            "createdAt" : "2015-01-30T09:57:44.199Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700052783",
            "id" : "816594749039585386",
            "createdAt" : "2014-12-25T08:45:23.612Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700052783",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "549133389794182777",
            "createdAt" : "2014-12-21T14:49:50.573Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700052783",
            "id" : "1104087319599986843",
            "createdAt" : "2014-12-16T02:11:44.200Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700052783",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "835363819216768373",
            "createdAt" : "2014-11-17T12:56:32.020Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700052783",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "690159412126166412",
            "createdAt" : "2014-11-07T19:03:54.457Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700081462-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700081462",
            "id" : "928036090955281195",
            "createdAt" : "2013-03-30T06:05:17.180Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700081462",
            "id" : "211574589245749283",
            "createdAt" : "2013-03-19T03:58:46.988Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700081462",
            "id" : "555257475643285801",
            "createdAt" : "2013-02-26T07:09:33.404Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700081462",
            "id" : "494264928937834196",
            "createdAt" : "2013-02-05T22:01:38.640Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700081462",
            "id" : "100284055304812227",
            "createdAt" : "2012-12-04T11:03:37.994Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700081462",
            "id" : "704855068602372813",
            "createdAt" : "2012-11-21T05:36:41.206Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700081462",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "608965462349523759",
            "createdAt" : "2012-10-30T11:11:34.101Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700081462",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "831679767367795278",
            "createdAt" : "2012-10-22T07:23:26.112Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700081462",
            "id" : "637043371388872560",
            "createdAt" : "2012-10-20T07:10:12.103Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700081462",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "578720990346437188",
            "createdAt" : "2012-10-15T15:55:07.807Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700081462",
            "id" : "623285833213328631",
            "createdAt" : "2012-10-11T10:23:02.498Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700081462",
            "reactions" : [],
            "urls" : [],
            "text" : "On my way 🚗",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "127827459785046050",
            "createdAt" : "2012-10-09T03:48:08.176Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700156873-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700156873",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "162470172224683109",
            "createdAt" : "2016-02-14T16:10:27.640Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700156873",
            "reactions" : [],
            "urls" : [],
            "text" : "Danke dir, bis später",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "592000860667829675",
            "createdAt" : "2016-01-04T15:49:52.816Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700156873",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "154930001493964913",
            "createdAt" : "2015-12-25T23:20:17.470Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700156873",
            "id" : "414888295152597889",
            "createdAt" : "2015-11-21T12:03:45.224Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700156873",
            "id" : "919688294161923259",
            "createdAt" : "2015-10-24T19:28:25.203Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700156873",
            "id" : "342847987747005429",
            "createdAt" : "2015-10-21T03:18:33.519Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700156873",
            "id" : "600837325109708715",
            "createdAt" : "2015-10-08T05:40:35.208Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700156873",
            "id" : "536686221587995478",
            "createdAt" : "2015-09-20T20:22:05.839Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700111464-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700111464",
            "id" : "826686415242696045",
            "createdAt" : "2015-03-03T21:27:44.952Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700111464",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "849266224752112868",
            "createdAt" : "2015-02-28T10:03:49.141Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700033085-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700033085",
            "id" : "200759772528395742",
            "createdAt" : "2012-08-17T10:33:05.960Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700108069-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700108069",
            "reactions" : [],
            "urls" : [],
            "text" : "Ευχαριστώ πολύ",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "74157726687455457",
            "createdAt" : "2014-12-08T06:40:57.417Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700108069",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "279401470328850396",
            "createdAt" : "2014-07-19T07:30:31.372Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700108069",
            "id" : "192500574427387629",
            "createdAt" : "2014-05-20T20:56:12.468Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700108069",
            "id" : "280083448987908616",
            "createdAt" : "2014-05-09T00:45:28.784Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700108069",
            "reactions" : [],
            "urls" : [],
            "text" : "谢谢你！",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "4135143597135253",
            "createdAt" : "2014-04-19T11:13:45.289Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700108069",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "205817051684181027",
            "createdAt" : "2014-04-17T23:51:44.932Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700133759-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700133759",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1047835537103319256",
            "createdAt" : "2016-07-28T19:38:41.402Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700133759",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "688652067922484185",
            "createdAt" : "2016-03-07T11:15:30.241Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700133759",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1147797796861071575",
            "createdAt" : "2016-02-06T12:45:28.882Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700133759",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "466106478380124345",
            "createdAt" : "2016-01-16T11:52:48.506Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700133759",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "543955594667573729",
            "createdAt" : "2015-12-25T17:30:33.278Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700133759",
            "id" : "874603046780634054",
            "createdAt" : "2015-12-19T06:54:12.042Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700133759",
            "reactions" : [],
            "urls" : [],
            "text" : "谢谢你！",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "621015632291107683",
            "createdAt" : "2015-09-18T08:35:27.904Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700133759",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "685237550371426882",
            "createdAt" : "2015-06-03T22:00:37.690Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Ευχαριστώ πολύ",
            "mediaUrls" : [],
            "senderId" : "700133759",
            "id" : "213632361717756320",
            "createdAt" : "2015-05-14T17:40:17.239Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700133759",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "967909540861882099",
            "createdAt" : "2015-04-23T07:49:24.807Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700133759",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "242612368650691577",
            "createdAt" : "2015-03-28T16:44:12.704Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700061071-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700061071",
            "id" : "60375855769914008",
            "createdAt" : "2012-11-29T10:26:32.712Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700061071",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "322950923758398286",
            "createdAt" : "2012-09-01T07:25:11.488Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700061071",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "325610661317056140",
            "createdAt" : "2012-08-10T16:06:35.201Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700061071",
            "id" : "641096680072991177",
            "createdAt" : "2012-06-30T21:59:44.813Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700061071",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "856950616807123706",
            "createdAt" : "2012-06-06T14:08:30.568Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700061071",
            "id" : "1084704344113171048",
            "createdAt" : "2012-05-24T22:26:15.550Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700061071",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1086584230498233495",
            "createdAt" : "2012-05-24T06:56:09.872Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700061071",
            "id" : "1079465061865706160",
            "createdAt" : "2012-05-19T13:41:38.397Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700061071",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "801032420191441437",
            "createdAt" : "2012-05-05T01:35:29.984Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700131190-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700131190",
            "reactions" : [],
            "urls" : [],
            "text" : "Haha yes 😂",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "489593194165296131",
            "createdAt" : "2014-05-21T16:29:59.103Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700131190",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "226751819372215290",
            "createdAt" : "2014-04-19T18:03:38.342Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700131190",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "539414034057083018",
            "createdAt" : "2014-03-18T07:56:19.268Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700131190",
            "id" : "153268104865378992",
            "createdAt" : "2014-02-07T15:18:50.711Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700014787-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700014787",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "97507126839100777",
            "createdAt" : "2015-05-03T07:12:33.148Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Dziękuję, do zobaczenia",
            "mediaUrls" : [],
            "senderId" : "700014787",
            "id" : "39992503464678037",
            "createdAt" : "2015-02-13T13:42:06.406Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700114061-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700114061",
            "id" : "464949413610076481",
            "createdAt" : "2015-11-15T23:43:26.355Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700114061",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "760780864266413824",
            "createdAt" : "2015-04-23T01:23:27.272Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700134102-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700134102",
            "id" : "283638480810321902",
            "createdAt" : "2014-09-08T18:34:58.710Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700015627-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700015627",
            "reactions" : [],
            "urls" : [],
            "text" : "Sounds good 👍",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "630384403498925505",
            "createdAt" : "2013-02-12T21:39:02.709Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700015627",
            "id" : "1032355852595172551",
            "createdAt" : "2013-01-08T13:39:20.705Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700015627",
            "id" : "659798194795657912",
            "createdAt" : "2012-11-23T09:04:18.234Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700015627",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "285893186913685096",
            "createdAt" : "2012-11-10T22:59:09.037Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700015627",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "225511315077895102",
            "createdAt" : "2012-09-07T06:49:45.681Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700015627",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "866904339364880704",
            "createdAt" : "2012-08-15T20:49:28.312Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700015627",
            "id" : "1037223992931520668",
            "createdAt" : "2012-08-01T00:16:03.153Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700015627",
            "reactions" : [],
            "urls" : [],
            "text" : "Cảm ơn bạn nhiều",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "453092303824408742",
            "createdAt" : "2012-07-24T05:41:57.519Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700015627",
            "id" : "465429683868596488",
            "createdAt" : "2012-07-02T01:40:32.033Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Obrigado, até já",
            "mediaUrls" : [],
            "senderId" : "700015627",
            "id" : "685357524800315873",
            "createdAt" : "2012-06-06T17:58:35.242Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700015627",
            "id" : "636460925943196892",
            "createdAt" : "2012-06-06T04:22:35.361Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700015627",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "524138282161395864",
            "createdAt" : "2012-06-02T01:18:04.681Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700015627",
            "id" : "80033131299212454",
            "createdAt" : "2012-05-21T12:44:29.238Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700015627",
            "id" : "1087532638372170520",
            "createdAt" : "2012-05-14T23:39:38.698Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700085704-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700085704",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "547850759273481810",
            "createdAt" : "2014-06-14T16:23:32.178Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700085704",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "302826773909718829",
            "createdAt" : "2014-06-03T14:10:18.264Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700161388-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700161388",
            "id" : "875451128333972851",
            "createdAt" : "2015-03-08T22:10:42.031Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700154213-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700154213",
            "id" : "891510341103355357",
            "createdAt" : "2015-01-22T23:03:41.588Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700096596-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700096596",
            "id" : "1084476854597406946",
            "createdAt" : "2014-04-30T12:06:50.554Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700096596",
            "id" : "1062041001123536522",
            "createdAt" : "2013-06-05T00:19:58.579Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700096596",
            "reactions" : [],
            "urls" : [],
            "text" : "Happy birthday! 🎂",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "940305806933311124",
            "createdAt" : "2013-04-29T01:42:18.468Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700035150-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700035150",
            "id" : "234358314650605193",
            "createdAt" : "2015-09-26T19:59:16.616Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700035150",
            "id" : "365711327788575670",
            "createdAt" : "2015-08-08T21:10:47.603Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700035150",
            "id" : "974767030555443180",
            "createdAt" : "2015-06-04T08:18:00.475Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700066594-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700066594",
            "id" : "106734504053040128",
            "createdAt" : "2015-05-25T11:46:14.743Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700066594",
            "id" : "1076243582556322869",
            "createdAt" : "2015-05-05T21:42:38.488Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700066594",
            "id" : "722694875941753189",
            "createdAt" : "2015-01-31T08:05:36.975Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700066594",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "65955962001970753",
            "createdAt" : "2014-10-21T05:43:21.349Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700053063-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700053063",
            "id" : "465477479119014088",
            "createdAt" : "2014-10-11T12:41:34.420Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700053063",
            "id" : "833689225307283934",
            "createdAt" : "2014-10-04T22:53:05.458Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700073174-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700073174",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "735304246713032631",
            "createdAt" : "2016-03-15T13:57:29.570Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700073174",
            "id" : "1010143172648638170",
            "createdAt" : "2015-02-28T07:34:42.859Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700020394-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700020394",
            "id" : "58601048219308814",
            "createdAt" : "2012-08-22T03:56:21.801Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700048338-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700048338",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "873526102541752279",
            "createdAt" : "2016-12-12T22:21:32.330Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048338",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "113568274120694173",
            "createdAt" : "2016-10-09T23:02:23.198Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048338",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1001726566870319580",
            "createdAt" : "2016-08-27T11:58:45.753Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048338",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "770816646839865078",
            "createdAt" : "2016-07-08T13:47:44.475Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048338",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "351009786928610477",
            "createdAt" : "2016-02-27T03:40:28.889Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700048338",
            "id" : "969722994769430145",
            "createdAt" : "2016-01-21T10:46:30.056Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048338",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "114225198041448982",
            "createdAt" : "2015-12-13T23:05:00.809Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700048338",
            "id" : "1009914031068481922",
            "createdAt" : "2015-12-08T18:49:23.799Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048338",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "872170340888620209",
            "createdAt" : "2015-07-12T12:13:53.865Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700048338",
            "id" : "218447359417860218",
            "createdAt" : "2015-03-01T17:16:49.608Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048338",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "285574976583263835",
            "createdAt" : "2015-01-17T13:14:11.253Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700048338",
            "id" : "896263298582043246",
            "createdAt" : "2014-12-02T09:02:09.251Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700048338",
            "id" : "45832445858010987",
            "createdAt" : "2014-09-18T09:21:40.498Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "ありがとう！",
            "mediaUrls" : [],
            "senderId" : "700048338",
            "id" : "656446224401329970",
            "createdAt" : "2014-09-13T15:06:04.776Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048338",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "256368008586668818",
            "createdAt" : "2014-07-26T07:31:24.357Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048338",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "732225138843527025",
            "createdAt" : "2014-06-12T07:46:44.883Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700048338",
            "id" : "102070159872762987",
            "createdAt" : "2014-03-02T10:07:46.044Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048338",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "505888572058887492",
            "createdAt" : "2014-02-11T15:07:35.971Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700048338",
            "id" : "530226976712989626",
            "createdAt" : "2014-01-30T09:52:12.330Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700048338",
            "id" : "655137796294764869",
            "createdAt" : "2014-01-03T05:11:31.695Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700048338",
            "id" : "979452227867006810",
            "createdAt" : "2013-11-29T21:08:16.425Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "On my way 🚗",
            "mediaUrls" : [],
            "senderId" : "700048338",
            "id" : "740517438634327839",
            "createdAt" : "2013-11-17T11:25:54.149Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700044803-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700044803",
            "id" : "548147255155974765",
            "createdAt" : "2016-01-19T09:42:26.532Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700044803",
            "id" : "379819889638258938",
            "createdAt" : "2015-08-16T05:35:24.862Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700044803",
            "id" : "1037885594627723034",
            "createdAt" : "2015-06-09T17:19:56.898Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700044803",
            "id" : "973085558130028361",
            "createdAt" : "2015-04-29T17:41:19.444Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700137168-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700137168",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "342930907811289019",
            "createdAt" : "2015-07-15T11:24:59.581Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700125961-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700125961",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1009015219012047482",
            "createdAt" : "2014-03-10T18:03:19.509Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "شكرا جزيلا",
            "mediaUrls" : [],
            "senderId" : "700125961",
            "id" : "648985303003009230",
            "createdAt" : "2014-01-30T20:48:11.736Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700052272-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700052272",
            "id" : "352234548924260055",
            "createdAt" : "2015-01-27T05:38:19.797Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700052272",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1107716800269004211",
            "createdAt" : "2015-01-02T03:01:55.078Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700052272",
            "id" : "114425225297642107",
            "createdAt" : "2014-08-09T00:11:42.607Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700052272",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "681353895402179027",
            "createdAt" : "2014-08-04T13:12:25.668Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700052272",
            "id" : "155273771812013839",
            "createdAt" : "2014-08-04T11:15:11.980Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700130938-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700130938",
            "id" : "1119076817991231041",
            "createdAt" : "2014-09-23T02:19:33.266Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700130938",
            "id" : "1095954541845708167",
            "createdAt" : "2014-09-09T08:30:12.152Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700130938",
            "id" : "369417368848967996",
            "createdAt" : "2014-07-11T21:48:59.349Z"
          }
        }
      ]
    }
  }
]