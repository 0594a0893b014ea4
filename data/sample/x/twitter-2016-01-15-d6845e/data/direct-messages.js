window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "700141046-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700141046",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "796486662511549718",
            "createdAt" : "2015-08-20T18:57:46.932Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141046",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "682138709067477284",
            "createdAt" : "2015-02-10T07:25:53.785Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141046",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1093911179549740383",
            "createdAt" : "2015-02-04T13:06:49.031Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700141046",
            "id" : "620396938556485972",
            "createdAt" : "2015-01-14T09:51:25.815Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700141046",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1039777023903618821",
            "createdAt" : "2015-01-08T05:28:24.777Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700118604-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700118604",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "682522229295988892",
            "createdAt" : "2015-08-10T00:13:24.729Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700118604",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "595547913435289669",
            "createdAt" : "2015-04-12T08:38:59.606Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700118604",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "590372869145136106",
            "createdAt" : "2015-04-03T01:26:38.686Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700118604",
            "id" : "217019645520108987",
            "createdAt" : "2015-01-15T12:53:57.188Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700118604",
            "id" : "697415469269932464",
            "createdAt" : "2015-01-01T17:38:15.414Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700007444-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "¿Qué tal todo?",
            "mediaUrls" : [],
            "senderId" : "700007444",
            "id" : "775420974154935307",
            "createdAt" : "2016-01-14T12:03:40.649Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700007444",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "661486858148560197",
            "createdAt" : "2015-10-17T19:06:42.272Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700007444",
            "id" : "172178286053243165",
            "createdAt" : "2015-10-17T00:26:37.875Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700007444",
            "id" : "962795026590089132",
            "createdAt" : "2015-09-14T17:34:31.448Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700093810-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700093810",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "922783152951316747",
            "createdAt" : "2013-08-23T07:32:44.066Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700093810",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "41044013819667581",
            "createdAt" : "2013-04-03T00:18:07.882Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700093810",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "95476849202421609",
            "createdAt" : "2013-04-02T08:00:20.933Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700093810",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "296655569217209635",
            "createdAt" : "2013-03-25T05:36:19.926Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700093810",
            "id" : "628754643578965506",
            "createdAt" : "2013-02-27T04:43:54.406Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700093810",
            "id" : "896060474087483196",
            "createdAt" : "2013-02-19T08:11:19.953Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700129839-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700129839",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "5648027751754046",
            "createdAt" : "2015-02-24T01:00:49.786Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700129839",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "393942286605891947",
            "createdAt" : "2014-11-04T17:57:23.225Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700129839",
            "id" : "650052147662386571",
            "createdAt" : "2014-11-01T06:35:50.774Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700062296-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "On my way 🚗",
            "mediaUrls" : [],
            "senderId" : "700062296",
            "id" : "69199872569029961",
            "createdAt" : "2014-05-02T12:03:05.697Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700062296",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "562087240775013524",
            "createdAt" : "2013-12-07T09:45:50.645Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700103582-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700103582",
            "id" : "666290289467339341",
            "createdAt" : "2015-11-22T07:42:25.642Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700103582",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "291284806366312634",
            "createdAt" : "2015-06-24T21:16:50.816Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700092389-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700092389",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "590782467602331223",
            "createdAt" : "2014-06-26T20:23:02.552Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700092389",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "183815004517876550",
            "createdAt" : "2014-01-25T19:08:34.755Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700092389",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "882358671722970881",
            "createdAt" : "2014-01-13T01:15:20.540Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700041625-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700041625",
            "reactions" : [],
            "urls" : [],
            "text" : "شكرا جزيلا",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "90149216964053582",
            "createdAt" : "2016-01-04T02:23:23.615Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700041625",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "572395702835961180",
            "createdAt" : "2015-12-28T01:56:43.426Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700041625",
            "id" : "62927226730121475",
            "createdAt" : "2015-06-29T07:23:06.209Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700041625",
            "id" : "797266389818054695",
            "createdAt" : "2014-10-20T17:51:25.189Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700041625",
            "reactions" : [],
            "urls" : [],
            "text" : "Haha yes 😂",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "532378577648241486",
            "createdAt" : "2014-06-23T19:38:35.504Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700041625",
            "id" : "169995263206716792",
            "createdAt" : "2014-05-05T01:30:54.831Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700041625",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "978857922497111420",
            "createdAt" : "2014-03-09T21:18:58.426Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700041625",
            "id" : "550109661690588108",
            "createdAt" : "2014-03-03T06:51:27.158Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700041625",
            "id" : "209962747434451103",
            "createdAt" : "2014-02-16T03:39:43.719Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700041625",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "706777055251648252",
            "createdAt" : "2014-02-06T23:05:49.322Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700041625",
            "id" : "997355693181256073",
            "createdAt" : "2014-01-28T13:11:36.021Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700041625",
            "id" : "719062907043946460",
            "createdAt" : "2014-01-15T18:18:30.452Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700081371-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700081371",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "855325285119467651",
            "createdAt" : "2015-02-23T20:17:12.289Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700064130-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700064130",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "549947587205736831",
            "createdAt" : "2014-02-15T22:32:32.613Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700137959-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700137959",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "843986027305588958",
            "createdAt" : "2015-08-26T18:46:22.035Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700137959",
            "reactions" : [],
            "urls" : [],
            "text" : "Ευχαριστώ πολύ",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "867322648522836818",
            "createdAt" : "2015-08-25T01:29:52.169Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700137959",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "22828257425366047",
            "createdAt" : "2015-07-25T03:02:46.922Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700137959",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "716540219090531061",
            "createdAt" : "2015-06-17T21:01:20.483Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700137959",
            "reactions" : [],
            "urls" : [],
            "text" : "Congrats on the new job! 🎉",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "263754779138082253",
            "createdAt" : "2015-06-14T03:15:37.915Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700137959",
            "id" : "193253633319479631",
            "createdAt" : "2015-05-30T19:18:16.196Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700137959",
            "reactions" : [],
            "urls" : [],
            "text" : "ありがとう！",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1097040417633846989",
            "createdAt" : "2015-05-30T16:47:43.423Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700137959",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "964697375012659426",
            "createdAt" : "2015-05-18T01:31:19.498Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700137959",
            "reactions" : [],
            "urls" : [],
            "text" : "Tack så mycket",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "70640727789907487",
            "createdAt" : "2015-04-21T15:22:14.079Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700137959",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "752741672543532948",
            "createdAt" : "2015-04-15T13:12:36.805Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700137959",
            "id" : "212396480936787850",
            "createdAt" : "2015-03-21T08:34:51.207Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700016250-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700016250",
            "id" : "1092059358241984230",
            "createdAt" : "2015-09-18T22:02:10.746Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700122888-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700122888",
            "id" : "1061748213521423217",
            "createdAt" : "2015-05-26T20:25:13.314Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Good luck with the launch 🚀",
            "mediaUrls" : [],
            "senderId" : "700122888",
            "id" : "947197950648391342",
            "createdAt" : "2015-04-06T00:05:40.910Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700122888",
            "id" : "606322743588407662",
            "createdAt" : "2015-03-23T07:35:19.279Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700122888",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1047050321337377695",
            "createdAt" : "2015-03-20T23:15:38.961Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700054323-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700054323",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "208225540730548619",
            "createdAt" : "2015-01-29T20:53:45.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Haha yes 😂",
            "mediaUrls" : [],
            "senderId" : "700054323",
            "id" : "1106468546667336862",
            "createdAt" : "2015-01-18T16:40:33.478Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700054323",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1032706113103220022",
            "createdAt" : "2014-12-12T19:48:21.723Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700054323",
            "id" : "638436417855085656",
            "createdAt" : "2014-11-11T16:33:44.403Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700054323",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "140900559566796007",
            "createdAt" : "2014-11-06T17:10:11.643Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700054323",
            "id" : "759441766384170359",
            "createdAt" : "2014-10-11T06:03:50.576Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700054323",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "216859584781431396",
            "createdAt" : "2014-09-25T05:35:30.239Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700095000-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700095000",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "711789437585612465",
            "createdAt" : "2015-12-09T09:30:14.625Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Happy birthday! 🎂",
            "mediaUrls" : [],
            "senderId" : "700095000",
            "id" : "1131357834902754047",
            "createdAt" : "2015-12-07T08:20:31.023Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700095000",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1005204428498330246",
            "createdAt" : "2015-10-09T02:04:38.370Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700008417-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700008417",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "560230222238497275",
            "createdAt" : "2015-10-09T21:28:02.457Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700008417",
            "id" : "935021863294099729",
            "createdAt" : "2014-10-01T03:02:49.661Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700008417",
            "id" : "973578386848490311",
            "createdAt" : "2014-09-30T11:47:39.521Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700093425-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700093425",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "479722462563884864",
            "createdAt" : "2015-03-11T20:55:06.042Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700076135-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700076135",
            "id" : "975325263048023661",
            "createdAt" : "2013-05-14T11:15:47.483Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700076135",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "364827568768329226",
            "createdAt" : "2013-05-08T22:45:48.900Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700149285-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700149285",
            "id" : "219712193525090139",
            "createdAt" : "2015-03-15T19:22:04.560Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700137336-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700137336",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "904790594475397813",
            "createdAt" : "2016-01-09T14:15:49.037Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700137336",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "204406885604153793",
            "createdAt" : "2016-01-04T05:31:37.509Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700137336",
            "id" : "944487806016932743",
            "createdAt" : "2015-10-21T10:28:40.815Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700135593-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700135593",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1088882028721109886",
            "createdAt" : "2012-10-17T16:30:01.627Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700087104-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700087104",
            "id" : "168524212300858025",
            "createdAt" : "2015-11-21T12:48:04.761Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700087104",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "719553090569723898",
            "createdAt" : "2015-11-21T07:52:38.370Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700087104",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "469819883893172999",
            "createdAt" : "2015-11-15T10:00:34.162Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700125177-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700125177",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "907075728275774871",
            "createdAt" : "2014-09-10T16:06:50.446Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700125177",
            "id" : "358488198368892740",
            "createdAt" : "2014-07-07T07:01:01.874Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700139394-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700139394",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "415584045629970999",
            "createdAt" : "2015-11-07T20:02:57.008Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700139394",
            "id" : "407894147800075427",
            "createdAt" : "2015-10-20T16:50:22.419Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700139394",
            "id" : "533746420263229966",
            "createdAt" : "2015-10-15T13:48:26.005Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700139394",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "273781522793761554",
            "createdAt" : "2015-10-12T16:52:43.626Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700139394",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "353523363310810580",
            "createdAt" : "2015-10-01T13:11:33.140Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700077129-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700077129",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "182472870363670390",
            "createdAt" : "2014-01-30T09:41:52.060Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700077129",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "923529752314670806",
            "createdAt" : "2014-01-10T04:48:31.984Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700077129",
            "id" : "914486727240893546",
            "createdAt" : "2013-11-26T23:07:43.515Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700077129",
            "id" : "80054593398169325",
            "createdAt" : "2013-11-22T03:42:23.382Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700080797-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700080797",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "758439052165921489",
            "createdAt" : "2013-11-02T09:35:07.778Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700080797",
            "id" : "840644182627934620",
            "createdAt" : "2013-08-21T11:31:17.866Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700080797",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "204343097614841809",
            "createdAt" : "2013-07-14T09:50:54.993Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700080797",
            "id" : "549350592745267593",
            "createdAt" : "2013-06-25T01:00:45.505Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700091794-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700091794",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "644575063078600287",
            "createdAt" : "2016-01-04T00:11:26.050Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700091794",
            "id" : "14110358597521473",
            "createdAt" : "2015-12-22T22:56:58.884Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700091794",
            "id" : "35788003189769033",
            "createdAt" : "2015-09-24T18:37:22.040Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700131015-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700131015",
            "id" : "1069492500588122465",
            "createdAt" : "2013-12-29T10:03:49.334Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700131015",
            "id" : "853784206479902788",
            "createdAt" : "2013-12-17T01:36:56.622Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700131015",
            "id" : "436539664176645291",
            "createdAt" : "2013-12-09T23:13:46.626Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700131015",
            "id" : "1054082671069675356",
            "createdAt" : "2013-12-07T23:24:37.657Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "700131015",
            "id" : "842281411731203997",
            "createdAt" : "2013-12-07T19:47:39.116Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700029613-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700029613",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "504822558129531823",
            "createdAt" : "2015-12-28T06:31:43.795Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700029613",
            "id" : "531247689882011009",
            "createdAt" : "2015-12-21T09:10:37.219Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700029613",
            "id" : "540752428921838326",
            "createdAt" : "2015-12-18T07:57:50.132Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700029613",
            "reactions" : [],
            "urls" : [],
            "text" : "¿Qué tal todo?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "359296635135696267",
            "createdAt" : "2015-12-11T22:57:14.654Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700124540-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700124540",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "502094600979619329",
            "createdAt" : "2013-06-25T17:07:16.868Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700124540",
            "id" : "453690285942591383",
            "createdAt" : "2013-05-28T02:39:02.572Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700124540",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "527394950858537539",
            "createdAt" : "2013-04-12T10:22:02.443Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700124540",
            "id" : "622303719321191516",
            "createdAt" : "2013-02-27T18:52:24.864Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700124540",
            "id" : "378501167271092414",
            "createdAt" : "2013-02-24T08:57:21.967Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700082603-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700082603",
            "id" : "283786303731704524",
            "createdAt" : "2015-12-16T01:39:20.506Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700082603",
            "reactions" : [],
            "urls" : [],
            "text" : "Sounds good 👍",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "777592759979664192",
            "createdAt" : "2015-12-11T15:51:19.084Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700079663-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700079663",
            "id" : "868415810969558531",
            "createdAt" : "2015-12-31T04:04:41.558Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700079663",
            "id" : "718636272518845450",
            "createdAt" : "2015-12-29T07:07:43.181Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Ευχαριστώ πολύ",
            "mediaUrls" : [],
            "senderId" : "700079663",
            "id" : "251771228037838421",
            "createdAt" : "2015-12-16T17:07:48.973Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700072530-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700072530",
            "id" : "424905624604868122",
            "createdAt" : "2013-04-04T19:08:24.456Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700072530",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "218722012566048606",
            "createdAt" : "2013-04-04T13:33:25.471Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700033099-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700033099",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "923454820303482496",
            "createdAt" : "2016-01-09T14:48:01.034Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700033099",
            "reactions" : [],
            "urls" : [],
            "text" : "Obrigado, até já",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "59150948325187401",
            "createdAt" : "2015-12-13T16:24:55.451Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700021262-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700021262",
            "id" : "1062869154119767291",
            "createdAt" : "2015-12-11T19:20:33.366Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Cảm ơn bạn nhiều",
            "mediaUrls" : [],
            "senderId" : "700021262",
            "id" : "571319650369416403",
            "createdAt" : "2015-11-05T14:22:12.985Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700049143-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700049143",
            "reactions" : [],
            "urls" : [],
            "text" : "Thanks so much 🙏",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "600504201339790919",
            "createdAt" : "2014-11-21T00:03:00.839Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700049143",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "758123330093072559",
            "createdAt" : "2014-05-05T10:35:58.199Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700049143",
            "id" : "211880437825382464",
            "createdAt" : "2014-03-15T10:44:38.151Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700049143",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "519060943041848903",
            "createdAt" : "2014-03-11T22:17:35.573Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700049143",
            "id" : "276454175284354516",
            "createdAt" : "2014-02-11T04:27:59.025Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700095189-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700095189",
            "id" : "859775447064783378",
            "createdAt" : "2015-04-29T13:15:09.884Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700095189",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "443041432185101395",
            "createdAt" : "2015-04-25T15:12:40.422Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700134578-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700134578",
            "id" : "59601259516899015",
            "createdAt" : "2015-02-07T02:20:05.639Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700134578",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "839629405990789648",
            "createdAt" : "2015-01-31T05:16:34.703Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700039399-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700039399",
            "reactions" : [],
            "urls" : [],
            "text" : "That photo is amazing 📸",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1132306421428800624",
            "createdAt" : "2015-05-24T08:30:41.601Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700039399",
            "id" : "1063018600693388709",
            "createdAt" : "2015-05-16T13:07:25.915Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700001627-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700001627",
            "id" : "1015859200724777069",
            "createdAt" : "2015-02-16T08:32:35.305Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700001627",
            "id" : "678380775922510797",
            "createdAt" : "2014-07-01T00:31:52.764Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700001627",
            "id" : "7602769156619321",
            "createdAt" : "2014-04-18T10:29:10.962Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700001627",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "508219305721551933",
            "createdAt" : "2014-01-20T00:26:29.176Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700148235-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700148235",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "753169576943458450",
            "createdAt" : "2014-06-09T09:39:51.355Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700148235",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "35096619128468225",
            "createdAt" : "2013-11-23T07:22:15.066Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700045888-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700045888",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "880543840379319326",
            "createdAt" : "2013-01-04T11:30:09.385Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700024986-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700024986",
            "id" : "1086626744689503768",
            "createdAt" : "2013-10-26T12:01:20.858Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700024986",
            "id" : "238829536371478045",
            "createdAt" : "2013-08-11T09:38:02.882Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700024986",
            "id" : "39785051211994205",
            "createdAt" : "2013-06-20T17:39:52.063Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700024986",
            "id" : "82306162769673076",
            "createdAt" : "2013-05-02T02:43:44.701Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700112584-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700112584",
            "id" : "153280205645152054",
            "createdAt" : "2014-02-15T00:29:14.017Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700112584",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "704024401895643286",
            "createdAt" : "2014-02-04T05:07:56.667Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700045965-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "700045965",
            "id" : "957273733603315253",
            "createdAt" : "2016-01-14T04:57:04.154Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700125611-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700125611",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "645394946730249796",
            "createdAt" : "2016-01-03T11:07:06.670Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700125611",
            "id" : "123415319793475360",
            "createdAt" : "2015-11-21T17:29:19.948Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700125611",
            "id" : "663496808393464336",
            "createdAt" : "2015-11-16T19:00:16.412Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700152134-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700152134",
            "id" : "561448588979170751",
            "createdAt" : "2014-11-18T17:32:09.614Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700152134",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "450546492279018894",
            "createdAt" : "2014-08-23T17:02:45.299Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700152134",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "911949623233378352",
            "createdAt" : "2014-08-08T08:30:13.860Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700152134",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "985367683638549030",
            "createdAt" : "2014-06-15T19:56:52.914Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700152134",
            "id" : "963203759616770588",
            "createdAt" : "2014-05-11T03:38:23.946Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700152134",
            "id" : "817597814227219630",
            "createdAt" : "2014-05-08T06:06:33.050Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700152134",
            "id" : "31472317076643302",
            "createdAt" : "2014-04-30T15:26:42.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700054771-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700054771",
            "id" : "500395657007920072",
            "createdAt" : "2012-09-13T09:13:51.062Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700135131-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700135131",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "893478696099919019",
            "createdAt" : "2014-05-04T00:22:04.944Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700135131",
            "id" : "994623224029884569",
            "createdAt" : "2014-03-25T17:49:17.324Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700136629-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700136629",
            "id" : "851596347302123152",
            "createdAt" : "2015-10-02T18:20:48.330Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700136629",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "363629215665975844",
            "createdAt" : "2015-07-18T05:11:46.515Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700069933-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Did you see the article I posted?",
            "mediaUrls" : [],
            "senderId" : "700069933",
            "id" : "1143656943843038196",
            "createdAt" : "2014-09-24T13:39:17.564Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700069933",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "925228080442588397",
            "createdAt" : "2014-06-16T01:00:01.657Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700069933",
            "id" : "681674346782643725",
            "createdAt" : "2014-02-18T06:02:44.978Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700069933",
            "reactions" : [],
            "urls" : [],
            "text" : "Спасибо, увидимся",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "453672951871624089",
            "createdAt" : "2014-01-19T10:55:23.683Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700107082-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700107082",
            "id" : "808673572574126939",
            "createdAt" : "2015-07-07T14:04:18.450Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700107082",
            "id" : "659576487072556555",
            "createdAt" : "2015-04-26T11:14:23.437Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700102420-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700102420",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "172659050778490285",
            "createdAt" : "2015-11-07T11:01:42.304Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700102420",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "690312610101758976",
            "createdAt" : "2015-11-06T05:39:46.204Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700102420",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "512731176776519541",
            "createdAt" : "2015-06-12T18:48:22.592Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700102420",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "562943821454546986",
            "createdAt" : "2015-04-04T13:34:12.815Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700102420",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "600145775596530992",
            "createdAt" : "2015-03-22T06:10:00.309Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700102420",
            "reactions" : [],
            "urls" : [],
            "text" : "¿Qué tal todo?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "781599580943820827",
            "createdAt" : "2015-03-21T01:31:37.782Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700102420",
            "id" : "661615179020743425",
            "createdAt" : "2015-01-24T15:48:04.594Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700102420",
            "id" : "438310333575871045",
            "createdAt" : "2015-01-03T18:51:05.995Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700102420",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "852179050444023473",
            "createdAt" : "2014-08-28T13:54:01.379Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700102420",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "126949058700579913",
            "createdAt" : "2014-05-15T19:16:47.255Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700151959-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700151959",
            "id" : "334998310141307073",
            "createdAt" : "2015-08-29T10:05:51.818Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700135915-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700135915",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1011699168132825122",
            "createdAt" : "2015-05-13T08:54:24.408Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700135915",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "88212535633621443",
            "createdAt" : "2015-05-11T16:43:39.921Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700042521-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700042521",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "748192990499865350",
            "createdAt" : "2014-08-15T03:28:33.788Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700042521",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "757442562028718052",
            "createdAt" : "2014-05-26T04:24:51.980Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700042521",
            "reactions" : [],
            "urls" : [],
            "text" : "Are you coming on Saturday?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1037632560172886365",
            "createdAt" : "2014-03-05T17:05:28.831Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700042521",
            "id" : "280524700776642576",
            "createdAt" : "2014-02-02T14:20:38.298Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700042521",
            "id" : "581335530141880499",
            "createdAt" : "2014-01-03T04:05:17.093Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700042521",
            "id" : "955076385905205357",
            "createdAt" : "2013-12-31T12:46:48.071Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "700042521",
            "id" : "14340633474221263",
            "createdAt" : "2013-12-18T16:45:35.550Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700042521",
            "reactions" : [],
            "urls" : [],
            "text" : "Gracias, igualmente",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "464712874945706726",
            "createdAt" : "2013-12-17T01:07:34.873Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700042521",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "570631578495037302",
            "createdAt" : "2013-12-05T12:12:34.358Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700066825-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700066825",
            "id" : "1021907960225834448",
            "createdAt" : "2013-07-16T21:54:07.821Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700099333-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700099333",
            "id" : "1010888861198808757",
            "createdAt" : "2015-07-01T14:41:47.939Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700041072-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700041072",
            "id" : "840982248883628183",
            "createdAt" : "2014-08-31T09:10:38.124Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700041072",
            "id" : "1101220187424885190",
            "createdAt" : "2013-12-27T12:37:44.456Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700007850-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700007850",
            "id" : "1149986780770796063",
            "createdAt" : "2014-04-01T01:27:54.955Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700007850",
            "reactions" : [],
            "urls" : [],
            "text" : "Welcome to the team!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "648808789561936400",
            "createdAt" : "2014-02-25T17:25:52.842Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700108349-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700108349",
            "id" : "435815228549236013",
            "createdAt" : "2014-12-02T00:38:13.291Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700048079-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700048079",
            "id" : "828394951527110710",
            "createdAt" : "2015-12-28T12:57:09.443Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "700048079",
            "id" : "976083587788503493",
            "createdAt" : "2015-11-18T18:50:35.158Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048079",
            "reactions" : [],
            "urls" : [],
            "text" : "Haha yes 😂",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "707872586789518920",
            "createdAt" : "2015-10-17T20:41:35.263Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700048079",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "702801486014188794",
            "createdAt" : "2015-10-16T06:01:05.155Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "700048079",
            "id" : "1095813723148834265",
            "createdAt" : "2015-09-27T18:20:13.500Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700048079",
            "id" : "280971312133576156",
            "createdAt" : "2015-09-04T14:03:09.886Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700119808-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700119808",
            "id" : "443229381597944727",
            "createdAt" : "2014-11-04T02:16:31.829Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700014535-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700014535",
            "id" : "572980187873854590",
            "createdAt" : "2014-04-11T22:55:01.845Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700014535",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "768883855287251625",
            "createdAt" : "2013-11-02T08:01:31.766Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700014535",
            "id" : "1048370886575794942",
            "createdAt" : "2013-10-19T00:44:48.323Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700014535",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "319960887809151058",
            "createdAt" : "2013-10-11T13:06:12.510Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Dziękuję, do zobaczenia",
            "mediaUrls" : [],
            "senderId" : "700014535",
            "id" : "33685051575692649",
            "createdAt" : "2013-10-03T05:22:47.613Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700014535",
            "id" : "1037356785790371113",
            "createdAt" : "2013-09-14T01:16:29.074Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700046042-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700046042",
            "reactions" : [],
            "urls" : [],
            "text" : "Long time no see!",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "240228741729518235",
            "createdAt" : "2015-10-05T02:17:04.065Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700024293-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700024293",
            "id" : "865521053232507654",
            "createdAt" : "2014-09-08T23:40:57.344Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700024293",
            "id" : "957532242878699688",
            "createdAt" : "2013-10-14T07:40:17.943Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "¿Qué tal todo?",
            "mediaUrls" : [],
            "senderId" : "700024293",
            "id" : "847890126211658188",
            "createdAt" : "2013-10-05T18:38:28.570Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700024293",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "408201693864659089",
            "createdAt" : "2013-09-25T11:49:56.596Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "700024293",
            "id" : "1096629218060372726",
            "createdAt" : "2013-09-20T13:18:39.565Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700018959-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700018959",
            "id" : "913997944842722426",
            "createdAt" : "2015-03-14T06:32:09.521Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700018959",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "966827958316611113",
            "createdAt" : "2015-02-04T15:42:18.785Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700145253-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700145253",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1022529461219625870",
            "createdAt" : "2014-03-11T23:58:09.684Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700025147-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700025147",
            "reactions" : [],
            "urls" : [],
            "text" : "Yes, works for me",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "349360412218660744",
            "createdAt" : "2015-09-30T08:21:09.168Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700025147",
            "id" : "392340886268539304",
            "createdAt" : "2015-04-02T16:21:44.868Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "700025147",
            "id" : "722437533304596426",
            "createdAt" : "2015-01-31T11:26:45.630Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "ありがとう！",
            "mediaUrls" : [],
            "senderId" : "700025147",
            "id" : "84877207159015597",
            "createdAt" : "2014-12-30T17:16:11.132Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Great talk yesterday",
            "mediaUrls" : [],
            "senderId" : "700025147",
            "id" : "578756721391273102",
            "createdAt" : "2014-11-04T12:21:36.774Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700014402-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Sorry, running late",
            "mediaUrls" : [],
            "senderId" : "700014402",
            "id" : "899893701562847774",
            "createdAt" : "2014-07-25T12:59:21.262Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700014402",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "359986295514367089",
            "createdAt" : "2014-07-07T09:28:54.514Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700014402",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "416665464288298765",
            "createdAt" : "2014-04-28T02:43:24.392Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700014402",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "561951354700233694",
            "createdAt" : "2014-04-10T08:31:41.439Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Hi! How are you?",
            "mediaUrls" : [],
            "senderId" : "700014402",
            "id" : "732364445581910611",
            "createdAt" : "2014-04-04T18:20:36.630Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "700014402",
            "id" : "1133202221344177881",
            "createdAt" : "2014-03-21T21:39:34.321Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700051103-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700051103",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "835723835256978064",
            "createdAt" : "2015-12-11T17:25:00.963Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "700051103",
            "id" : "483386869738384729",
            "createdAt" : "2015-11-30T01:26:56.879Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700051103",
            "reactions" : [],
            "urls" : [],
            "text" : "Can you send me the slides?",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "72070144703154307",
            "createdAt" : "2015-09-30T06:21:05.103Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700051103",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "247412724367162776",
            "createdAt" : "2015-08-04T02:01:11.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Merci beaucoup !",
            "mediaUrls" : [],
            "senderId" : "700051103",
            "id" : "467680128586419088",
            "createdAt" : "2015-08-01T18:15:54.989Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Miss you guys ❤️",
            "mediaUrls" : [],
            "senderId" : "700051103",
            "id" : "1012846907206565674",
            "createdAt" : "2015-07-05T05:17:55.540Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "I'll call you later",
            "mediaUrls" : [],
            "senderId" : "700051103",
            "id" : "1117857844935780258",
            "createdAt" : "2015-02-15T03:21:41.823Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700051103",
            "reactions" : [],
            "urls" : [],
            "text" : "OK",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "683866243516311245",
            "createdAt" : "2015-02-12T21:51:54.939Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700016642-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700016642",
            "id" : "189567300851921233",
            "createdAt" : "2015-04-02T17:21:58.855Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700135880-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700135880",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "591199432048689169",
            "createdAt" : "2015-05-02T04:30:00.899Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700135880",
            "reactions" : [],
            "urls" : [],
            "text" : "Good luck with the launch 🚀",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "256675442731001122",
            "createdAt" : "2015-04-03T14:08:26.919Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "700135880",
            "id" : "1015850820695833395",
            "createdAt" : "2015-04-03T13:36:23.709Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "700135880",
            "reactions" : [],
            "urls" : [],
            "text" : "See you tomorrow",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "345766117511572897",
            "createdAt" : "2015-03-17T00:18:03.769Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700040288-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700040288",
            "reactions" : [],
            "urls" : [],
            "text" : "Спасибо, увидимся",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "495339303900177459",
            "createdAt" : "2013-03-17T17:25:20.609Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4815162342",
            "reactions" : [],
            "urls" : [],
            "text" : "Interesting point, I agree",
            "mediaUrls" : [],
            "senderId" : "700040288",
            "id" : "918824761871319385",
            "createdAt" : "2013-02-15T22:34:22.474Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700032028-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700032028",
            "reactions" : [],
            "urls" : [],
            "text" : "Here is the link",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "1012908900451540342",
            "createdAt" : "2015-09-04T08:33:32.281Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "700088406-4815162342",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "700088406",
            "reactions" : [],
            "urls" : [],
            "text" : "Let's catch up soon",
            "mediaUrls" : [],
            "senderId" : "4815162342",
            "id" : "887228429729931335",
            "createdAt" : "2015-10-11T22:27:53.182Z"
          }
        }
      ]
    }
  }
]